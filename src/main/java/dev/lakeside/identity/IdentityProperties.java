package dev.lakeside.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the current user comes from.
 *
 * @param trustForwardedHeaders read the user from the Databricks Apps proxy headers. Only
 *                              safe behind that proxy, which sets them; anywhere else a client
 *                              could forge them, hence off by default
 * @param mode                  {@code app}: the warehouse is queried as the app's service
 *                              principal and cached results are shared; {@code user}: on behalf
 *                              of the signed-in user, with a cache scope per user
 * @param localUser             who the user is when the headers are not trusted
 */
@ConfigurationProperties("lakeside.identity")
public record IdentityProperties(@DefaultValue("false") boolean trustForwardedHeaders,
                                 @DefaultValue("app") IdentityMode mode,
                                 @DefaultValue LocalUser localUser) {

    /** The identity used when running outside Databricks Apps. */
    public record LocalUser(@DefaultValue("local.developer@lakeside.dev") String email,
                            @DefaultValue("Local Developer") String name) {
    }

    /** Whose permissions warehouse reads run with. */
    public enum IdentityMode {
        APP, USER
    }
}
