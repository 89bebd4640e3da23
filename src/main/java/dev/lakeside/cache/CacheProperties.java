package dev.lakeside.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Map;

/**
 * Sizing and freshness of the query cache, under {@code lakeside.cache}:
 * <pre>
 * lakeside.cache.default-ttl=5m
 * lakeside.cache.default-max-bytes=64MB
 * lakeside.cache.regions.fixer.ttl=30s
 * lakeside.cache.regions.fixer.max-bytes=16MB
 * </pre>
 *
 * @param defaultTtl      how long a result stays fresh in a region that sets no ttl
 * @param defaultMaxBytes the estimated heap a region may fill when it sets no max-bytes
 * @param regions         overrides per region (tool or query family), by region name
 */
@ConfigurationProperties("lakeside.cache")
public record CacheProperties(
        @DefaultValue("5m") Duration defaultTtl,
        @DefaultValue("64MB") DataSize defaultMaxBytes,
        Map<String, Region> regions) {

    public CacheProperties {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** The time to live of a region: its own if set, otherwise the default. */
    public Duration ttlFor(String region) {
        Region overrides = regions.get(region);
        return overrides != null && overrides.ttl() != null ? overrides.ttl() : defaultTtl;
    }

    /** The byte bound of a region: its own if set, otherwise the default. */
    public long maxBytesFor(String region) {
        Region overrides = regions.get(region);
        DataSize size = overrides != null && overrides.maxBytes() != null
                ? overrides.maxBytes() : defaultMaxBytes;
        return size.toBytes();
    }

    /**
     * Overrides for one region; a null field falls back to the default.
     *
     * @param ttl      how long results stay fresh
     * @param maxBytes the estimated heap the region may fill ({@code 16MB}, or plain bytes)
     */
    public record Region(Duration ttl, DataSize maxBytes) {
    }
}
