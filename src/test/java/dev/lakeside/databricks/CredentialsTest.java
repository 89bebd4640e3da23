package dev.lakeside.databricks;

import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.IdentityResolver;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The user-mode credential on a thread with no request and no bound user. */
class CredentialsTest {

    private static final DatabricksProperties WITH_PAT = new DatabricksProperties("https://x.cloud.databricks.com", "wh-1",
            "main", null, null, "dapi-local-pat", 2, Duration.ofMinutes(30), Duration.ofMinutes(10), 1,
            Duration.ofMillis(50), Duration.ofSeconds(2));

    private static Credentials credentials(boolean trustHeaders) {
        CurrentUser currentUser = new CurrentUser(new IdentityResolver(new IdentityProperties(trustHeaders, IdentityMode.USER,
                new IdentityProperties.LocalUser("local.developer@lakeside.dev", "Local Developer"))));
        return new Credentials(IdentityMode.USER, currentUser::get, WITH_PAT);
    }

    @Test
    void trustedHeaders_backgroundThreadWithoutUser_isRefusedInsteadOfUsingThePat() {
        assertThatThrownBy(() -> credentials(true).current())
                .isInstanceOfSatisfying(WarehouseException.class,
                        e -> assertThat(e.reason()).isEqualTo(WarehouseException.Reason.PERMISSION_DENIED));
    }

    @Test
    void untrustedHeaders_localDevelopment_stillUsesThePat() {
        assertThat(credentials(false).current().accessToken()).isEqualTo("dapi-local-pat");
    }
}
