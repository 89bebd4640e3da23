package dev.lakeside.identity;

import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/** Decides who the user of a request is, following {@link IdentityProperties}. */
@Component
public class IdentityResolver {

    private final IdentityProperties properties;

    public IdentityResolver(IdentityProperties properties) {
        this.properties = properties;
    }

    /**
     * The user of a request whose headers {@code headers} returns (null for a missing header).
     * Forwarded headers count only when trusted; otherwise the configured local user is used.
     */
    public UserIdentity resolve(UnaryOperator<String> headers) {
        if (!properties.trustForwardedHeaders()) {
            return localUser();
        }
        return ForwardedIdentity.fromHeaders(headers).orElseGet(UserIdentity::anonymous);
    }

    public UserIdentity localUser() {
        IdentityProperties.LocalUser local = properties.localUser();
        return new UserIdentity(local.email(), local.email(), local.name(), null, UserIdentity.Source.LOCAL_USER);
    }

    public boolean trustsForwardedHeaders() {
        return properties.trustForwardedHeaders();
    }

    public IdentityProperties.IdentityMode mode() {
        return properties.mode();
    }
}
