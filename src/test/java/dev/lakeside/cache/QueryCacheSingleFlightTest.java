package dev.lakeside.cache;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.WarehouseException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryCacheSingleFlightTest {

    private static final TableName FRUIT = new TableName("main", "fruit");
    private static final CachePolicy POLICY = CachePolicy.region("fixer");

    @TempDir
    Path tempDir;

    private QueryCache cache;
    private DuckDbWarehouse warehouse;

    @BeforeEach
    void openWarehouse() {
        cache = new QueryCache(TestCaches.defaultProperties(),
                new SimpleMeterRegistry());
        warehouse = new DuckDbWarehouse(tempDir.resolve("t.duckdb"), Duration.ofSeconds(30),
                event -> cache.onTablesWritten(event));
        warehouse.update(sql().sql("CREATE TABLE ").table(FRUIT).sql(" (name VARCHAR, price INTEGER)").build());
        warehouse.update(sql().sql("INSERT INTO ").table(FRUIT).sql(" VALUES ('apple', 3), ('pear', 4)").build());
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    @Test
    void fiftyConcurrentIdenticalMisses_runOneWarehouseQuery() throws Exception {
        SqlStatement statement = sql().sql("SELECT name, price FROM ").table(FRUIT).sql(" ORDER BY name").build();
        AtomicInteger warehouseQueries = new AtomicInteger();
        CallersInFlight callers = new CallersInFlight(50);

        callers.startTogether(() -> cache.get(statement, CacheScope.SHARED, POLICY, () -> {
            warehouseQueries.incrementAndGet();
            callers.awaitOtherCallersParked();
            return warehouse.query(statement);
        }));
        List<Object> outcomes = callers.outcomes();

        assertThat(warehouseQueries).hasValue(1);
        assertThat(outcomes).hasSize(50).allSatisfy(outcome -> assertThat(outcome).isSameAs(outcomes.getFirst()));
        assertThat(Results.valuesOf((QueryResult) outcomes.getFirst()))
                .containsExactly(List.of("apple", 3), List.of("pear", 4));
    }

    @Test
    void concurrentMisses_loadFails_everyCallerSeesTheWarehouseException() throws Exception {
        SqlStatement missingTable = sql().sql("SELECT * FROM ").table(new TableName("main", "missing")).build();
        AtomicInteger warehouseQueries = new AtomicInteger();
        CallersInFlight callers = new CallersInFlight(10);

        callers.startTogether(() -> cache.get(missingTable, CacheScope.SHARED, POLICY, () -> {
            warehouseQueries.incrementAndGet();
            callers.awaitOtherCallersParked();
            return warehouse.query(missingTable);
        }));
        List<Object> outcomes = callers.outcomes();

        assertThat(warehouseQueries).hasValue(1);
        assertThat(outcomes).hasSize(10).allSatisfy(outcome -> assertThat(outcome)
                .isInstanceOf(WarehouseException.class)
                .extracting(e -> ((WarehouseException) e).reason())
                .isEqualTo(WarehouseException.Reason.INVALID_STATEMENT));
    }

    @Test
    void get_loaderThrows_exceptionReachesCallerAndNextCallRetries() {
        SqlStatement statement = sql().sql("SELECT name FROM ").table(FRUIT).sql(" ORDER BY name").build();
        AtomicInteger loads = new AtomicInteger();
        WarehouseException failure = new WarehouseException(WarehouseException.Reason.UNAVAILABLE, "down", null);

        assertThatThrownBy(() -> cache.get(statement, CacheScope.SHARED, POLICY, () -> {
            loads.incrementAndGet();
            throw failure;
        })).isSameAs(failure);
        QueryResult retried = cache.get(statement, CacheScope.SHARED, POLICY, () -> {
            loads.incrementAndGet();
            return warehouse.query(statement);
        });

        assertThat(loads).hasValue(2);
        assertThat(Results.valuesOf(retried)).containsExactly(List.of("apple"), List.of("pear"));
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
