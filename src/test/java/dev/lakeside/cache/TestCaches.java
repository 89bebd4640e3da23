package dev.lakeside.cache;

import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Map;

/** Cache settings for tests that do not exercise the settings themselves. */
final class TestCaches {

    private TestCaches() {
    }

    /** The shipped defaults: five minutes, 64 MB per region, no region overrides. */
    static CacheProperties defaultProperties() {
        return new CacheProperties(Duration.ofMinutes(5), DataSize.ofMegabytes(64), Map.of());
    }
}
