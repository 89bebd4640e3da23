package dev.lakeside.cache;

import dev.lakeside.warehouse.DuckDbDialect;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCacheBoundsTest {

    private static final TableName RATES = new TableName("main", "rates");

    private final FakeTicker ticker = new FakeTicker();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final QueryCache cache = new QueryCache(new CacheProperties(Duration.ofMinutes(5), DataSize.ofMegabytes(64),
            Map.of("fixer", new CacheProperties.Region(Duration.ofMinutes(1), null),
                    "tiny", new CacheProperties.Region(null, DataSize.ofBytes(2000)))),
            registry, ticker);
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void get_beforeDefaultTtlPasses_hitsAndAfterItReloads() {
        read(1, CachePolicy.region("explore"));
        ticker.advance(Duration.ofMinutes(4));
        read(1, CachePolicy.region("explore"));
        assertThat(loads).hasValue(1);

        ticker.advance(Duration.ofMinutes(2));
        read(1, CachePolicy.region("explore"));
        assertThat(loads).hasValue(2);
    }

    @Test
    void get_regionWithOwnTtl_expiresAfterIt() {
        read(1, CachePolicy.region("fixer"));
        ticker.advance(Duration.ofSeconds(61));
        read(1, CachePolicy.region("fixer"));

        assertThat(loads).hasValue(2);
    }

    @Test
    void get_queryWithTtlOverride_expiresAfterItsOwnTtl() {
        CachePolicy shortLived = CachePolicy.region("explore").withTtl(Duration.ofSeconds(10));
        read(1, shortLived);
        read(2, CachePolicy.region("explore"));
        ticker.advance(Duration.ofSeconds(11));

        read(1, shortLived);
        read(2, CachePolicy.region("explore"));
        assertThat(loads).as("only the short-lived entry reloaded").hasValue(3);
    }

    @Test
    void get_resultsOverTheRegionsByteBound_evictsUntilTheyFit() {
        QueryResult tenRows = rows(10);
        assertThat(tenRows.estimatedBytes()).isBetween(1001L, 1999L);

        for (int id = 1; id <= 3; id++) {
            read(id, CachePolicy.region("tiny"));
            read(id, CachePolicy.region("explore"));
        }
        cache.cleanUp();

        assertThat(evictions("tiny")).isGreaterThanOrEqualTo(2);
        assertThat(size("tiny")).isEqualTo(1);
        assertThat(evictions("explore")).isZero();
        assertThat(size("explore")).isEqualTo(3);
    }

    private QueryResult read(int id, CachePolicy policy) {
        SqlStatement statement = new SqlBuilder(new DuckDbDialect())
                .sql("SELECT * FROM ").table(RATES).sql(" WHERE id = ").value(id).build();
        return cache.get(statement, CacheScope.SHARED, policy, () -> {
            loads.incrementAndGet();
            return rows(10);
        });
    }

    private static QueryResult rows(int count) {
        String[] names = new String[count];
        Arrays.fill(names, "0123456789");
        return Results.names(names);
    }

    private double evictions(String region) {
        return registry.get("cache.evictions").tag("cache", "lakeside.query." + region).functionCounter().count();
    }

    private double size(String region) {
        return registry.get("cache.size").tag("cache", "lakeside.query." + region).gauge().value();
    }
}
