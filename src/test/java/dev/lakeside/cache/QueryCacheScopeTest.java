package dev.lakeside.cache;

import dev.lakeside.warehouse.DuckDbDialect;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCacheScopeTest {

    private static final CachePolicy POLICY = CachePolicy.region("explore");

    private final QueryCache cache = new QueryCache(
            TestCaches.defaultProperties(), new SimpleMeterRegistry());
    private final SqlStatement ordersVisibleToCaller = new SqlBuilder(new DuckDbDialect())
            .sql("SELECT name FROM ").table(new TableName("main", "orders")).build();
    private final AtomicInteger loads = new AtomicInteger();

    @Test
    void get_sameStatementForAliceThenBob_bobGetsOnlyHisOwnRows() {
        QueryResult alice = readAs(CacheScope.user("alice"), "alice-order");
        QueryResult bob = readAs(CacheScope.user("bob"), "bob-order");

        assertThat(Results.valuesOf(alice)).containsExactly(List.of("alice-order"));
        assertThat(Results.valuesOf(bob)).containsExactly(List.of("bob-order"));
        assertThat(loads).hasValue(2);
    }

    @Test
    void get_repeatedPerUser_eachUserHitsOnlyTheirOwnEntry() {
        readAs(CacheScope.user("alice"), "alice-order");
        readAs(CacheScope.user("bob"), "bob-order");

        QueryResult aliceAgain = readAs(CacheScope.user("alice"), "not loaded");
        QueryResult bobAgain = readAs(CacheScope.user("bob"), "not loaded");

        assertThat(Results.valuesOf(aliceAgain)).containsExactly(List.of("alice-order"));
        assertThat(Results.valuesOf(bobAgain)).containsExactly(List.of("bob-order"));
        assertThat(loads).hasValue(2);
    }

    @Test
    void get_sharedScope_isSeparateFromEveryUser() {
        readAs(CacheScope.user("alice"), "alice-order");

        QueryResult shared = readAs(CacheScope.SHARED, "all-orders");
        QueryResult bob = readAs(CacheScope.user("bob"), "bob-order");

        assertThat(Results.valuesOf(shared)).containsExactly(List.of("all-orders"));
        assertThat(Results.valuesOf(bob)).containsExactly(List.of("bob-order"));
        assertThat(loads).hasValue(3);
    }

    private QueryResult readAs(CacheScope scope, String visibleRow) {
        return cache.get(ordersVisibleToCaller, scope, POLICY, () -> {
            loads.incrementAndGet();
            return Results.names(visibleRow);
        });
    }
}
