package dev.lakeside.explore;

import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityResolver;
import dev.lakeside.identity.UserIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundQueriesTest {

    private static final UserIdentity ADA = new UserIdentity("4242", "ada@example.com", "Ada", "eyJ-ada",
            UserIdentity.Source.FORWARDED_HEADERS);

    @Test
    void queryStartedByAUser_runsAsThatUserOnTheBackgroundThread() {
        CurrentUser currentUser = new CurrentUser(new IdentityResolver(new IdentityProperties(true,
                IdentityProperties.IdentityMode.USER,
                new IdentityProperties.LocalUser("local.developer@lakeside.dev", "Local Developer"))));
        BackgroundQueries queries = new BackgroundQueries(currentUser);
        try {
            UserIdentity seen = CurrentUser.callAs(ADA, () -> queries.submit(currentUser::get)).join();

            assertThat(seen).isEqualTo(ADA);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            queries.stop();
        }
    }
}
