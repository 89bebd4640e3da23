package dev.lakeside.warehouse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuckDbWarehouseTest {

    private static final TableName ITEMS = new TableName("main", "items");
    /** A statement that runs for minutes unless stopped. */
    private static final String ENDLESS = "SELECT count(*) FROM range(100000000) a, range(100000000) b WHERE a.range + b.range = -1";

    @TempDir
    Path dir;
    private DuckDbWarehouse warehouse;
    private final List<TablesWritten> commits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        warehouse = new DuckDbWarehouse(dir.resolve("sub/test.duckdb"), Duration.ofSeconds(30), commits::add);
        warehouse.update(sql().sql("CREATE TABLE ").table(ITEMS)
                .sql(" (id BIGINT PRIMARY KEY, name VARCHAR, price DECIMAL(8,2), added DATE)").build());
        warehouse.update(sql().sql("INSERT INTO ").table(ITEMS).sql(" VALUES (1, 'apple', 1.50, DATE '2026-01-02'),"
                + " (2, 'pear', 2.25, DATE '2026-03-04')").build());
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void query_boundParameters_returnsTypedImmutableRows() {
        QueryResult result = warehouse.query(sql().sql("SELECT id, name, price, added FROM ").table(ITEMS)
                .sql(" WHERE name = ").value("pear").build());

        assertThat(result.columns()).extracting(ColumnInfo::name).containsExactly("id", "name", "price", "added");
        assertThat(result.size()).isEqualTo(1);
        assertThat(result.rows().getFirst().getLong("id")).isEqualTo(2L);
        assertThat(result.rows().getFirst().getDecimal("price")).isEqualByComparingTo("2.25");
        assertThat(result.rows().getFirst().getDate("added")).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThatThrownBy(() -> result.rows().getFirst().values().set(0, 9L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void inTransaction_failureHalfWay_writesNothing() {
        assertThatThrownBy(() -> warehouse.inTransaction(tx -> {
            tx.update(sql().sql("UPDATE ").table(ITEMS).sql(" SET name = ").value("changed").build());
            return tx.update(sql().sql("INSERT INTO ").table(ITEMS).sql(" VALUES (1, 'duplicate key', 0, NULL)").build());
        })).isInstanceOf(WarehouseException.class);

        assertThat(warehouse.query(sql().sql("SELECT name FROM ").table(ITEMS).sql(" ORDER BY id").build())
                .map(r -> r.getString("name"))).containsExactly("apple", "pear");
        assertThat(commits).hasSize(2);
    }

    @Test
    void inTransaction_committed_reportsWrittenTables() {
        commits.clear();
        warehouse.update(sql().sql("UPDATE ").table(ITEMS).sql(" SET name = ").value("plum")
                .sql(" WHERE id = ").value(1).build());

        assertThat(commits).containsExactly(new TablesWritten(java.util.Set.of(ITEMS)));
    }

    @Test
    void query_longerThanTimeout_isStoppedWithTimeoutReason() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> warehouse.query(sql().sql(ENDLESS).build(),
                Warehouse.QueryOptions.withTimeout(Duration.ofMillis(300))))
                .isInstanceOfSatisfying(WarehouseException.class,
                        e -> assertThat(e.reason()).isEqualTo(WarehouseException.Reason.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(warehouse.query(sql().sql("SELECT 1 AS one").build()).singleValue()).isEqualTo(1);
    }

    @Test
    void cancel_fromAnotherThread_stopsTheRunningStatement() throws Exception {
        QueryHandle handle = new QueryHandle();
        CompletableFuture<QueryResult> running = CompletableFuture.supplyAsync(
                () -> warehouse.query(sql().sql(ENDLESS).build(), Warehouse.QueryOptions.cancellable(handle)));
        Thread.sleep(300);

        handle.cancel();

        assertThatThrownBy(() -> running.get(20, TimeUnit.SECONDS))
                .hasCauseInstanceOf(WarehouseException.class)
                .satisfies(e -> assertThat(((WarehouseException) e.getCause()).reason())
                        .isEqualTo(WarehouseException.Reason.CANCELLED));
    }

    @Test
    void cancel_beforeTheQueryStarts_stopsItWithoutRunning() {
        QueryHandle handle = new QueryHandle();
        handle.cancel();

        assertThatThrownBy(() -> warehouse.query(sql().sql(ENDLESS).build(), Warehouse.QueryOptions.cancellable(handle)))
                .isInstanceOfSatisfying(WarehouseException.class,
                        e -> assertThat(e.reason()).isEqualTo(WarehouseException.Reason.CANCELLED));
    }

    @Test
    void query_unknownTable_isReportedAsInvalidStatement() {
        assertThatThrownBy(() -> warehouse.query(sql().sql("SELECT * FROM ").table(new TableName("main", "missing")).build()))
                .isInstanceOfSatisfying(WarehouseException.class,
                        e -> assertThat(e.reason()).isEqualTo(WarehouseException.Reason.INVALID_STATEMENT));
    }

    @Test
    void tableQuery_filtersAndPaging_arePushedDown() {
        TableQuery page = new TableQuery(ITEMS, java.util.Set.of("id", "name"), List.of("id", "name"), List.of("id"),
                List.of(new Filter.Contains("name", "P")), List.of(Sort.desc("id")), 0, 1);

        assertThat(warehouse.query(page.toSelect(warehouse.dialect())).map(r -> r.getString("name")))
                .containsExactly("pear");
        assertThat(warehouse.query(page.toCount(warehouse.dialect())).singleValue()).isEqualTo(2L);
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
