package dev.lakeside.databricks;

import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.WarehouseException.Reason;

import java.util.function.Supplier;

/**
 * Whose credential a Databricks call uses, decided per call on the caller's thread: the app's own
 * (service principal, or a local token) in identity mode {@code app}; in mode {@code user} the
 * signed-in user's forwarded access token, and nothing else. There is no fallback from a user to
 * the app: a user without a token is refused, so nobody sees data through the app's grants by accident.
 */
final class Credentials {

    private final IdentityMode mode;
    private final Supplier<UserIdentity> currentUser;
    private final DatabricksProperties properties;

    Credentials(IdentityMode mode, Supplier<UserIdentity> currentUser, DatabricksProperties properties) {
        this.mode = mode;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    Credential current() {
        if (mode == IdentityMode.APP) {
            return Credential.APP;
        }
        UserIdentity user = currentUser.get();
        if (user.hasAccessToken()) {
            return new Credential(user.accessToken());
        }
        if (user.source() == UserIdentity.Source.LOCAL_USER && properties.hasToken()) {
            return new Credential(properties.token());
        }
        throw new DatabricksErrors.DatabricksWarehouseException(Reason.PERMISSION_DENIED,
                "Lakeside reads data as you, but Databricks did not pass your sign-in. Open Lakeside through "
                        + "its Databricks Apps URL; an admin must enable user authorization with the sql scope.",
                "No access token for " + user + " in identity mode user", null);
    }

    /** The app's own credential ({@code accessToken} null), or one user's access token. */
    record Credential(String accessToken) {

        static final Credential APP = new Credential(null);

        boolean isApp() {
            return accessToken == null;
        }

        /** Never prints the token. */
        @Override
        public String toString() {
            return isApp() ? "Credential[app]" : "Credential[user token]";
        }
    }
}
