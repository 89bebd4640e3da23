package dev.lakeside.identity;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads the user from the headers the Databricks Apps proxy adds to every request. These headers
 * are only trustworthy behind that proxy; {@link IdentityResolver} decides whether to ask.
 */
final class ForwardedIdentity {

    static final String EMAIL = "X-Forwarded-Email";
    static final String USER = "X-Forwarded-User";
    static final String PREFERRED_USERNAME = "X-Forwarded-Preferred-Username";
    static final String ACCESS_TOKEN = "X-Forwarded-Access-Token";

    private ForwardedIdentity() {
    }

    /** The identity in the headers, or empty when the proxy did not identify anyone. */
    static Optional<UserIdentity> fromHeaders(UnaryOperator<String> headers) {
        String email = trimmed(headers.apply(EMAIL));
        String user = trimmed(headers.apply(USER));
        if (email == null && user == null) {
            return Optional.empty();
        }
        String preferred = trimmed(headers.apply(PREFERRED_USERNAME));
        String displayName = preferred != null ? preferred : email != null ? email : user;
        return Optional.of(new UserIdentity(user != null ? user : email, email != null ? email : "",
                displayName, trimmed(headers.apply(ACCESS_TOKEN)), UserIdentity.Source.FORWARDED_HEADERS));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
