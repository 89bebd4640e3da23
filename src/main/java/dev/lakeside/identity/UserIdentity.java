package dev.lakeside.identity;

/**
 * The person using Lakeside.
 *
 * @param userId      a stable id: the Databricks user id, or the email locally
 * @param email       the user's email
 * @param displayName a name for the UI
 * @param accessToken the user's OAuth token for on-behalf-of-user calls, or null
 * @param source      where the identity came from
 */
public record UserIdentity(String userId, String email, String displayName, String accessToken, Source source) {

    /** How the identity was established. */
    public enum Source {
        FORWARDED_HEADERS, LOCAL_USER, ANONYMOUS
    }

    static UserIdentity anonymous() {
        return new UserIdentity("anonymous", "", "Anonymous", null, Source.ANONYMOUS);
    }

    public boolean hasAccessToken() {
        return accessToken != null && !accessToken.isBlank();
    }

    /** Never prints the access token. */
    @Override
    public String toString() {
        return "UserIdentity[" + userId + ", " + email + ", " + source + (hasAccessToken() ? ", token" : "") + "]";
    }
}
