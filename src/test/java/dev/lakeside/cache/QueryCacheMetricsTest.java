package dev.lakeside.cache;

import dev.lakeside.warehouse.DuckDbDialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class QueryCacheMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final QueryCache cache = new QueryCache(
            TestCaches.defaultProperties(), registry);
    private final SqlStatement statement = new SqlBuilder(new DuckDbDialect())
            .sql("SELECT * FROM ").table(new TableName("main", "suppliers")).build();

    @Test
    void get_missThenHit_countsOneOfEachAndTimesOneLoad() {
        cache.get(statement, CacheScope.SHARED, CachePolicy.region("fixer"), () -> Results.names("acme"));
        cache.get(statement, CacheScope.SHARED, CachePolicy.region("fixer"), () -> Results.names("acme"));

        assertThat(gets("fixer", "miss")).isEqualTo(1);
        assertThat(gets("fixer", "hit")).isEqualTo(1);
        assertThat(registry.get("lakeside.query.load").tag("region", "fixer").timer().count()).isEqualTo(1);
    }

    @Test
    void get_inTwoRegions_countsEachRegionSeparately() {
        cache.get(statement, CacheScope.SHARED, CachePolicy.region("fixer"), () -> Results.names("acme"));
        cache.get(statement, CacheScope.SHARED, CachePolicy.region("explore"), () -> Results.names("acme"));
        cache.get(statement, CacheScope.SHARED, CachePolicy.region("explore"), () -> Results.names("acme"));

        assertThat(gets("fixer", "hit")).isZero();
        assertThat(gets("explore", "hit")).isEqualTo(1);
        assertThat(registry.get("lakeside.query.load").tag("region", "explore").timer().count()).isEqualTo(1);
        assertThat(registry.get("cache.size").tag("region", "fixer").gauge().value()).isEqualTo(1);
    }

    private double gets(String region, String result) {
        return registry.get("cache.gets").tag("cache", "lakeside.query." + region).tag("result", result)
                .functionCounter().count();
    }
}
