package dev.lakeside.cache;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class QueryCacheInvalidationTest {

    private static final TableName FRUIT = new TableName("main", "fruit");
    private static final TableName VEG = new TableName("main", "veg");

    @TempDir
    Path tempDir;

    private QueryCache cache;
    private DuckDbWarehouse warehouse;
    private final AtomicInteger loads = new AtomicInteger();

    @BeforeEach
    void openWarehouse() {
        cache = new QueryCache(TestCaches.defaultProperties(),
                new SimpleMeterRegistry());
        warehouse = new DuckDbWarehouse(tempDir.resolve("t.duckdb"), Duration.ofSeconds(30),
                event -> cache.onTablesWritten(event));
        for (TableName table : List.of(FRUIT, VEG)) {
            warehouse.update(sql().sql("CREATE TABLE ").table(table).sql(" (name VARCHAR)").build());
        }
        insert(FRUIT, "apple");
        insert(VEG, "leek");
    }

    @AfterEach
    void closeWarehouse() {
        warehouse.close();
    }

    @Test
    void update_toOneTable_dropsItsReadsInEveryRegionAndScopeButKeepsOtherTables() {
        readNames(FRUIT, CacheScope.SHARED, "fixer");
        readNames(FRUIT, CacheScope.user("alice"), "explore");
        readNames(VEG, CacheScope.SHARED, "fixer");

        insert(FRUIT, "pear");
        loads.set(0);

        assertThat(names(readNames(FRUIT, CacheScope.SHARED, "fixer"))).containsExactly("apple", "pear");
        assertThat(names(readNames(FRUIT, CacheScope.user("alice"), "explore"))).containsExactly("apple", "pear");
        assertThat(loads).as("both fruit reads reloaded").hasValue(2);
        assertThat(names(readNames(VEG, CacheScope.SHARED, "fixer"))).containsExactly("leek");
        assertThat(loads).as("the veg read stayed cached").hasValue(2);
    }

    @Test
    void load_writeCommitsBeforeItCompletes_resultServedButNotKept() {
        SqlStatement statement = select(FRUIT);
        QueryResult beforeWrite = cache.get(statement, CacheScope.SHARED, CachePolicy.region("fixer"), () -> {
            loads.incrementAndGet();
            QueryResult result = warehouse.query(statement);
            insert(FRUIT, "pear");
            return result;
        });

        assertThat(names(beforeWrite)).containsExactly("apple");
        assertThat(names(readNames(FRUIT, CacheScope.SHARED, "fixer"))).containsExactly("apple", "pear");
        assertThat(loads).hasValue(2);
    }

    @Test
    void get_afterWriteWhileOlderLoadStillRunning_loadsFreshAndOlderResultIsNotKept() throws Exception {
        SqlStatement statement = select(FRUIT);
        CountDownLatch olderLoadHasRead = new CountDownLatch(1);
        CountDownLatch finishOlderLoad = new CountDownLatch(1);
        FutureTask<QueryResult> olderCaller = new FutureTask<>(() ->
                cache.get(statement, CacheScope.SHARED, CachePolicy.region("fixer"), () -> {
                    QueryResult result = warehouse.query(statement);
                    olderLoadHasRead.countDown();
                    await(finishOlderLoad);
                    return result;
                }));
        Thread.ofPlatform().start(olderCaller);
        await(olderLoadHasRead);

        insert(FRUIT, "pear");
        // On its own thread, so a cache that made it wait for the older load fails instead of hanging.
        FutureTask<QueryResult> laterCaller = new FutureTask<>(() -> readNames(FRUIT, CacheScope.SHARED, "fixer"));
        Thread.ofPlatform().start(laterCaller);
        QueryResult afterWrite;
        try {
            afterWrite = laterCaller.get(10, TimeUnit.SECONDS);
        } finally {
            finishOlderLoad.countDown();
        }

        assertThat(names(olderCaller.get(30, TimeUnit.SECONDS))).containsExactly("apple");
        assertThat(names(afterWrite)).containsExactly("apple", "pear");
        assertThat(names(readNames(FRUIT, CacheScope.SHARED, "fixer"))).containsExactly("apple", "pear");
        assertThat(loads).as("only the caller after the write counted its load").hasValue(1);
    }

    private QueryResult readNames(TableName table, CacheScope scope, String region) {
        SqlStatement statement = select(table);
        return cache.get(statement, scope, CachePolicy.region(region), () -> {
            loads.incrementAndGet();
            return warehouse.query(statement);
        });
    }

    private SqlStatement select(TableName table) {
        return sql().sql("SELECT name FROM ").table(table).sql(" ORDER BY name").build();
    }

    private void insert(TableName table, String name) {
        warehouse.update(sql().sql("INSERT INTO ").table(table).sql(" VALUES (").value(name).sql(")").build());
    }

    private static List<Object> names(QueryResult result) {
        return result.map(row -> row.get("name"));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
