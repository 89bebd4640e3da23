package dev.lakeside.identity;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Who work off the request thread (no VaadinRequest, no VaadinSession) runs as. */
class BackgroundIdentityTest {

    static CurrentUser currentUser(boolean trustHeaders) {
        return new CurrentUser(new IdentityResolver(new IdentityProperties(trustHeaders, IdentityProperties.IdentityMode.USER,
                new IdentityProperties.LocalUser("local.developer@lakeside.dev", "Local Developer"))));
    }

    private static final UserIdentity ADA = new UserIdentity("4242", "ada@example.com", "Ada", "eyJ-ada",
            UserIdentity.Source.FORWARDED_HEADERS);

    @Test
    void backgroundTask_runAsUser_seesThatUser() throws Exception {
        CurrentUser currentUser = currentUser(true);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            UserIdentity seen = executor.submit(() -> CurrentUser.callAs(ADA, currentUser::get)).get();
            assertThat(seen).isEqualTo(ADA);
        }
    }

    @Test
    void boundExecutor_runsTasksAsTheUserCurrentWhenItWasMade() throws Exception {
        CurrentUser currentUser = currentUser(true);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var asAda = CurrentUser.callAs(ADA, () -> currentUser.as(executor));
            UserIdentity seen = CompletableFuture.supplyAsync(currentUser::get, asAda).join();
            assertThat(seen).isEqualTo(ADA);
        }
    }

    @Test
    void trustedHeaders_noRequestNoBoundUser_isNotTheLocalUser() {
        UserIdentity user = currentUser(true).get();

        assertThat(user.source()).isEqualTo(UserIdentity.Source.ANONYMOUS);
        assertThat(user.hasAccessToken()).isFalse();
    }

    @Test
    void untrustedHeaders_noRequest_isTheLocalUser() {
        assertThat(currentUser(false).get().source()).isEqualTo(UserIdentity.Source.LOCAL_USER);
    }
}
