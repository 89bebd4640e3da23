package dev.lakeside.cache;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachePropertiesTest {

    @Test
    void bind_nothingConfigured_usesFiveMinutesAndSixtyFourMegabytes() {
        CacheProperties properties = bind(Map.of());

        assertThat(properties.ttlFor("fixer")).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.maxBytesFor("fixer")).isEqualTo(64L * 1024 * 1024);
        assertThat(properties.regions()).isEmpty();
    }

    @Test
    void bind_regionOverrides_applyToThatRegionOnly() {
        CacheProperties properties = bind(Map.of(
                "lakeside.cache.default-ttl", "2m",
                "lakeside.cache.regions.fixer.ttl", "30s",
                "lakeside.cache.regions.supplier-lookup.max-bytes", "1MB"));

        assertThat(properties.ttlFor("fixer")).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.maxBytesFor("fixer")).isEqualTo(64L * 1024 * 1024);
        assertThat(properties.ttlFor("supplier-lookup")).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.maxBytesFor("supplier-lookup")).isEqualTo(1024L * 1024);
    }

    @Test
    void cachePolicy_regionNameThatCannotBeAPropertyKey_isRefused() {
        assertThatThrownBy(() -> CachePolicy.region("Fixer")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CachePolicy.region("fixer.rates")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CachePolicy.region("fixer").withTtl(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CachePolicy.region("supplier-lookup").withTtl(Duration.ofSeconds(5)).region())
                .isEqualTo("supplier-lookup");
    }

    private static CacheProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("lakeside.cache", CacheProperties.class);
    }
}
