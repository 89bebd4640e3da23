package dev.lakeside.cache;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How one kind of query is cached: the region it belongs to (a tool or query family, sized and
 * timed by {@link CacheProperties}) and, optionally, a time to live of its own.
 *
 * @param region the region name: lower-case letters, digits and hyphens, starting with a letter
 * @param ttl    how long a result stays fresh, or null for the region's time to live
 */
public record CachePolicy(String region, Duration ttl) {

    /*
     * Region names become property keys (lakeside.cache.regions.<region>.ttl) and meter tags.
     * Spring drops other characters from unbracketed map keys, so only these survive binding.
     */
    private static final Pattern REGION_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public CachePolicy {
        if (region == null || !REGION_NAME.matcher(region).matches()) {
            throw new IllegalArgumentException(
                    "A cache region is lower-case letters, digits and hyphens, but got: " + region);
        }
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new IllegalArgumentException("A cache time to live must be positive, but got: " + ttl);
        }
    }

    /** Caches in the given region with the region's time to live. */
    public static CachePolicy region(String region) {
        return new CachePolicy(region, null);
    }

    /** The same region, with results kept for {@code ttl} instead of the region's time to live. */
    public CachePolicy withTtl(Duration ttl) {
        return new CachePolicy(region, ttl);
    }
}
