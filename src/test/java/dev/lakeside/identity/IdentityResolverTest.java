package dev.lakeside.identity;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityResolverTest {

    private static final Map<String, String> PROXY_HEADERS = Map.of(
            "X-Forwarded-Email", "ada@example.com",
            "X-Forwarded-User", "4242@1234567890",
            "X-Forwarded-Preferred-Username", "Ada Lovelace",
            "X-Forwarded-Access-Token", "eyJ-secret-token");

    private static IdentityResolver resolver(boolean trust) {
        return new IdentityResolver(new IdentityProperties(trust, IdentityProperties.IdentityMode.APP,
                new IdentityProperties.LocalUser("dev@local", "Dev")));
    }

    private static UnaryOperator<String> headers(Map<String, String> values) {
        return values::get;
    }

    @Test
    void resolve_headersNotTrusted_ignoresThemAndUsesLocalUser() {
        UserIdentity user = resolver(false).resolve(headers(PROXY_HEADERS));

        assertThat(user.email()).isEqualTo("dev@local");
        assertThat(user.accessToken()).isNull();
        assertThat(user.source()).isEqualTo(UserIdentity.Source.LOCAL_USER);
    }

    @Test
    void resolve_headersTrusted_usesForwardedUserAndToken() {
        UserIdentity user = resolver(true).resolve(headers(PROXY_HEADERS));

        assertThat(user.userId()).isEqualTo("4242@1234567890");
        assertThat(user.email()).isEqualTo("ada@example.com");
        assertThat(user.displayName()).isEqualTo("Ada Lovelace");
        assertThat(user.accessToken()).isEqualTo("eyJ-secret-token");
        assertThat(user.source()).isEqualTo(UserIdentity.Source.FORWARDED_HEADERS);
    }

    @Test
    void resolve_trustedButNoHeaders_isAnonymousNotTheLocalUser() {
        UserIdentity user = resolver(true).resolve(name -> null);

        assertThat(user.source()).isEqualTo(UserIdentity.Source.ANONYMOUS);
        assertThat(user.email()).isEmpty();
    }

    @Test
    void toString_withToken_neverPrintsTheToken() {
        UserIdentity user = resolver(true).resolve(headers(PROXY_HEADERS));

        assertThat(user.toString()).doesNotContain("eyJ-secret-token").contains("ada@example.com");
    }
}
