package dev.lakeside.databricks;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.WarehouseException;
import dev.lakeside.warehouse.WarehouseException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Failures a real Databricks warehouse produces, produced by the real engine: a table or column that is not
 * there, two writes to one Delta table at once, and the engine stopping in the middle of a write. Each ends in
 * a sentence for the user, nothing half-written, and a warehouse that works for the next statement.
 */
class EngineFaultsTest {

    private static final TableName SCRATCH = new TableName("gold", "faults_scratch");
    private static BothEngines engines;
    private static DatabricksWarehouse warehouse;

    @BeforeAll
    static void scratchTable() {
        engines = BothEngines.shared();
        warehouse = engines.spark();
        warehouse.update(sql().sql("CREATE OR REPLACE TABLE ").table(SCRATCH).sql(" (id BIGINT, units BIGINT)").build());
        warehouse.update(sql().sql("INSERT INTO ").table(SCRATCH).sql(" VALUES (1, 10), (2, 20), (3, 30), (4, 40)").build());
    }

    @Test
    void tableThatDoesNotExist_namedInTheMessage() {
        WarehouseException e = catchThrowableOfType(WarehouseException.class,
                () -> warehouse.query(sql().sql("SELECT * FROM ").table(new TableName("gold", "no_such_table")).build()));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_STATEMENT);
        assertThat(e.userMessage()).isEqualTo("The table main.gold.no_such_table does not exist, or you may not see it."
                + " Check the tool's table setting and your grants on it.");
        assertThat(units()).isEqualTo(100);
    }

    @Test
    void columnThatDoesNotExist_namedInTheMessage_nothingWritten() {
        WarehouseException e = catchThrowableOfType(WarehouseException.class, () -> warehouse.update(sql()
                .sql("UPDATE ").table(SCRATCH).sql(" SET units = units + 1 WHERE no_such_column = ").value(1).build()));

        assertThat(e.reason()).isEqualTo(Reason.INVALID_STATEMENT);
        assertThat(e.userMessage()).startsWith("The column no_such_column is not in the table");
        assertThat(units()).isEqualTo(100);
    }

    @Test
    void twoWritesToOneTableAtOnce_deltaRefusesTheLaterCommit_asAConflict() throws Exception {
        // Delta refuses the later of two commits that read the same snapshot; a round where one commit ends before
        // the other reads shows no conflict, so the test tries a few rounds (the build notes saw 12 of 12 conflict).
        List<Reason> refusals = new ArrayList<>();
        long before = units();
        int applied = 0;
        for (int round = 0; round < 5 && refusals.isEmpty(); round++) {
            CyclicBarrier atOnce = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> writes = List.of(bumpAllAfter(atOnce), bumpAllAfter(atOnce));
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).exceptionally(e -> null).get(3, TimeUnit.MINUTES);
            for (CompletableFuture<Integer> write : writes) {
                try {
                    write.get(3, TimeUnit.MINUTES);
                    applied++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(WarehouseException.class);
                    refusals.add(((WarehouseException) e.getCause()).reason());
                    assertThat(((WarehouseException) e.getCause()).userMessage())
                            .isEqualTo("Someone else changed the same table at the same moment. Nothing was written; reload and try again.");
                }
            }
        }

        assertThat(refusals).as("conflicts seen").isNotEmpty().containsOnly(Reason.CONFLICT);
        assertThat(units()).as("each applied write added 4, a refused one nothing").isEqualTo(before + 4L * applied);
    }

    @Test
    void engineStopsInTheMiddleOfAWrite_userIsTold_nothingHalfWritten_nextStatementWorks() throws Exception {
        long before = units();
        // One second per row in the MERGE's source: the engine is killed while the statement runs, before it commits.
        SqlStatement slowMerge = sql().sql("MERGE INTO ").table(SCRATCH).sql(" AS t USING (SELECT id, units + 1000 AS units,")
                .sql(" reflect('java.lang.Thread', 'sleep', CAST(1000 AS BIGINT)) AS pause FROM ").table(SCRATCH)
                .sql(") AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET units = s.units").build();
        int received = SparkStandIn.shared().statementsReceived().size();
        CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() -> warehouse.update(slowMerge),
                java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        awaitReceived(received, slowMerge.sql());
        Thread.sleep(500);
        SparkStandIn.shared().kill();

        assertThatThrownBy(() -> write.get(3, TimeUnit.MINUTES)).cause().isInstanceOfSatisfying(WarehouseException.class, e -> {
            assertThat(e.reason()).isIn(Reason.UNAVAILABLE, Reason.FAILED);
            assertThat(e.userMessage()).doesNotContain("Exception").doesNotContain("MERGE");
        });
        SparkStandIn.shared().restart();
        assertThat(units()).as("the killed MERGE left no row changed").isEqualTo(before);
    }

    /** On a thread of its own: the common pool may have one thread on two cores, and the barrier needs two. */
    private static CompletableFuture<Integer> bumpAllAfter(CyclicBarrier barrier) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                barrier.await(1, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return warehouse.update(sql().sql("MERGE INTO ").table(SCRATCH).sql(" AS t USING (SELECT id FROM ").table(SCRATCH)
                    .sql(") AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET units = t.units + 1").build());
        }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
    }

    private static void awaitReceived(int before, String sql) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            List<String> received = SparkStandIn.shared().statementsReceived();
            if (received.subList(before, received.size()).contains(sql)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The engine never received the MERGE");
    }

    private static long units() {
        return ((Number) warehouse.query(sql().sql("SELECT sum(units) FROM ").table(SCRATCH).build()).singleValue()).longValue();
    }

    private static SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
