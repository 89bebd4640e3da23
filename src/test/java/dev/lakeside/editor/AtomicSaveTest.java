package dev.lakeside.editor;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.StatementAtATimeWarehouse;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.lakeside.editor.WarehouseRows.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A change-set is written whole or not at all, never over a concurrent save, and never without its
 * audit entries: on the embedded engine with real transactions, and as Databricks runs it, one
 * statement at a time with no rollback.
 */
class AtomicSaveTest extends EditorStoryTest {

    @Autowired
    TableShapes shapes;
    @Autowired
    AuditTrail auditTrail;

    @Test
    void twoSessionsSaveTheSameRowAtOnce_oneWins_theOtherGetsTheConflictDialog() throws Exception {
        EditorTool sales = tools.require("test-sales");
        EditorRow loaded = load(sales, 1500);
        String first = regionOtherThan(loaded, "North");
        String second = regionOtherThan(loaded, "South");
        // Both sessions have loaded the row and passed the read-before check when their MERGEs start.
        CyclicBarrier bothAtMerge = new CyclicBarrier(2);
        Warehouse racing = new ForwardingWarehouse(warehouse) {
            @Override
            protected void beforeWrite(SqlStatement statement, int writeNumber) {
                if (statement.sql().startsWith("MERGE")) {
                    await(bothAtMerge);
                }
            }
        };
        ChangeSetWriter writer = new ChangeSetWriter(racing, shapes, auditTrail);
        ExecutorService sessions = Executors.newFixedThreadPool(2);
        try {
            Future<SaveResult> one = sessions.submit(() -> writer.write(sales, List.of(edit(loaded, first)), "one"));
            Future<SaveResult> two = sessions.submit(() -> writer.write(sales, List.of(edit(loaded, second)), "two"));
            List<SaveResult> results = List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS));

            SaveResult won = results.stream().filter(r -> !r.hasConflicts()).findFirst().orElseThrow();
            SaveResult lost = results.stream().filter(SaveResult::hasConflicts).findFirst().orElseThrow();
            String winner = won == results.get(0) ? first : second;
            assertThat(stored.value(SALES, "order_id", loaded.get("order_id"), "region")).isEqualTo(winner);
            assertThat(lost.conflicts()).singleElement().satisfies(c -> assertThat(c.current().get("region")).isEqualTo(winner));
            assertThat(stored.audit("test-sales", key(loaded))).extracting(a -> a.get(3)).containsOnly(won.changeSetId());
            assertThat(auditTrail.history("test-sales", key(loaded), 10)).extracting(r -> r.entry().newValue())
                    .containsExactly(winner);
        } finally {
            sessions.shutdownNow();
        }
    }

    @Test
    void rowChangedAfterTheCheck_guardedMergeWritesNoRowAtAll_andReportsTheConflict() {
        EditorTool sales = tools.require("test-sales");
        EditorRow stale = load(sales, 1510);
        EditorRow untouched = load(sales, 1511);
        String theirs = regionOtherThan(stale, "Central");
        // Someone else's save commits between this save's check and its MERGE, as it can on Databricks.
        Warehouse databricksLike = new StatementAtATimeWarehouse(warehouse, statement -> {
            if (statement.sql().startsWith("MERGE")) {
                stored.set(SALES, "order_id", stale.get("order_id"), "region", theirs);
            }
        });
        ChangeSetWriter writer = new ChangeSetWriter(databricksLike, shapes, auditTrail);

        SaveResult result = writer.write(sales, List.of(edit(stale, regionOtherThan(stale, "West")),
                edit(untouched, regionOtherThan(untouched, "West"))), "tester");

        assertThat(result.hasConflicts()).isTrue();
        assertThat(result.conflicts()).singleElement().satisfies(c -> assertThat(c.current().get("region")).isEqualTo(theirs));
        assertThat(stored.value(SALES, "order_id", stale.get("order_id"), "region")).isEqualTo(theirs);
        assertThat(stored.value(SALES, "order_id", untouched.get("order_id"), "region")).isEqualTo(untouched.get("region"));
        assertThat(auditTrail.history("test-sales", key(untouched), 10)).isEmpty();
    }

    @Test
    void auditInsertFailsOnEngineWithoutTransactions_nothingWritten() {
        EditorTool sales = tools.require("test-sales");
        EditorRow loaded = load(sales, 1520);
        Warehouse databricksLike = new StatementAtATimeWarehouse(warehouse, statement -> {
            if (statement.sql().startsWith("INSERT INTO") && statement.tables().contains(AuditTrail.AUDIT_TABLE)) {
                throw new WarehouseException(WarehouseException.Reason.FAILED, "audit insert refused", null);
            }
        });
        ChangeSetWriter writer = new ChangeSetWriter(databricksLike, shapes, auditTrail);

        assertThatThrownBy(() -> writer.write(sales, List.of(edit(loaded, regionOtherThan(loaded, "East"))), "tester"))
                .isInstanceOf(WarehouseException.class);

        assertThat(stored.value(SALES, "order_id", loaded.get("order_id"), "region")).isEqualTo(loaded.get("region"));
        assertThat(stored.audit("test-sales", key(loaded))).isEmpty();
    }

    static EditorRow load(EditorTool tool, Warehouse warehouse, int offset) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT ").identifiers(tool.allowedColumns())
                .sql(" FROM ").table(tool.table()).sql(" ORDER BY order_id LIMIT 1 OFFSET ").integer(offset).build())
                .map(row -> ChangeSetWriter.toRow(tool, row)).getFirst();
    }

    private EditorRow load(EditorTool tool, int offset) {
        return load(tool, warehouse, offset);
    }

    static RowChange edit(EditorRow loaded, String region) {
        return new RowChange.Update(new RowKey(List.of(loaded.get("order_id"))), loaded, Map.of("region", region));
    }

    static String key(EditorRow row) {
        return row.get("order_id").toString();
    }

    static String regionOtherThan(EditorRow row, String preferred) {
        return preferred.equals(row.get("region")) ? "Central" : preferred;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The other save never reached its MERGE", e);
        }
    }
}
