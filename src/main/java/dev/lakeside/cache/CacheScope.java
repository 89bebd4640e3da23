package dev.lakeside.cache;

/**
 * Who may see a cached result. It is part of every cache key, so a result loaded on behalf of one
 * user is never served to another user, nor to a shared (app-identity) read.
 *
 * @param userId the user the result was read for, or null for {@link #SHARED}
 */
public record CacheScope(String userId) {

    /** Reads made with the application's own identity; their results are the same for everyone. */
    public static final CacheScope SHARED = new CacheScope(null);

    public CacheScope {
        if (userId != null && userId.isBlank()) {
            throw new IllegalArgumentException("A user scope needs a user id");
        }
    }

    /** Reads made on behalf of one user, whose permissions may shape the rows returned. */
    public static CacheScope user(String userId) {
        if (userId == null) {
            throw new IllegalArgumentException("A user scope needs a user id");
        }
        return new CacheScope(userId);
    }

    public boolean isShared() {
        return userId == null;
    }

    @Override
    public String toString() {
        return isShared() ? "shared" : "user:" + userId;
    }
}
