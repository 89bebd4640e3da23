package dev.lakeside.editor;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.databricks.SparkModeTest;
import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's writes on Spark SQL + Delta through the whole Databricks path: a save is one guarded MERGE
 * between its pending and applied audit entries, undo reads those entries back, the bulk clean-up writes the
 * previewed rows, and two saves of one row at the same instant end with one winner and a conflict dialog.
 */
class EditorOnSparkTest extends SparkModeTest {

    private static final TableName SALES = TableName.parse(EDITED_SALES);

    @Autowired
    Warehouse warehouse;
    @Autowired
    EditorTools tools;
    @Autowired
    EditorService editor;
    @Autowired
    ChangeHistory history;
    @Autowired
    BulkFixes bulkFixes;
    @Autowired
    TableShapes shapes;
    @Autowired
    AuditTrail auditTrail;

    @Test
    void startUp_createdTheAuditTableWithEveryColumn() throws InterruptedException {
        // created in the background once the app is ready: the start does not wait on the warehouse
        for (int i = 0; i < 600 && !auditTrail.tableComplete(); i++) {
            Thread.sleep(100);
        }
        assertThat(auditTrail.tableState()).contains("READY");
        List<String> columns = warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT * FROM ")
                .table(AuditTrail.AUDIT_TABLE).sql(" LIMIT 0").build()).columns().stream().map(ColumnInfo::name).toList();

        assertThat(columns).containsExactly("changed_at", "user_id", "table_name", "row_key", "column_name",
                "old_value", "new_value", "tool", "change_set_id", "change_kind", "change_state");
    }

    @Test
    void saveAnEditAndAnInsertThenUndo_tableAndAuditAsExpected() {
        EditorTool sales = tools.require("spark-sales");
        EditorRow edited = editor.find(sales, EditorSearch.all(), 0, 1, List.of()).getFirst();
        PendingChanges pending = new PendingChanges(sales);
        pending.edit(edited, Map.of("region", other(edited), "unit_price", new BigDecimal("12.34")));
        pending.insert(Map.of("order_id", 9_000_001L, "order_date", edited.get("order_date"), "product", "Spark test",
                "region", "North", "units", 2, "unit_price", new BigDecimal("5.00")));

        SaveResult saved = editor.save(pending);

        assertThat(saved.hasConflicts()).isFalse();
        assertThat(saved.rowsWritten()).isEqualTo(2);
        assertThat(value(edited, "region")).isEqualTo(other(edited));
        assertThat(value(edited, "unit_price")).isEqualTo(new BigDecimal("12.34"));
        assertThat(count(9_000_001L)).isOne();
        assertThat(auditTrail.changeSet(saved.changeSetId())).extracting(r -> r.entry().column())
                .contains("region", "unit_price", "product");
        assertThat(history.of(sales, edited)).extracting(r -> r.entry().newValue()).contains(other(edited), "12.34");

        SaveResult undone = history.undo(sales, saved.changeSetId());

        assertThat(undone.hasConflicts()).isFalse();
        assertThat(value(edited, "region")).isEqualTo(edited.get("region"));
        assertThat(value(edited, "unit_price")).isEqualTo(edited.get("unit_price"));
        assertThat(count(9_000_001L)).isZero();
    }

    @Test
    void searchCountAndAllowedValues_fromTheTable() {
        EditorTool sales = tools.require("spark-sales");
        EditorSearch search = new EditorSearch("a", null);

        int matching = editor.count(sales, search);

        assertThat(matching).isPositive().isEqualTo(editor.find(sales, search, 0, 10_000, List.of()).size());
        assertThat(editor.rules().allowedValues(sales, "region")).contains("North", "South");
    }

    @Test
    void deleteARow_goneAndAudited() {
        EditorTool sales = tools.require("spark-sales");
        EditorRow deleted = editor.find(sales, EditorSearch.all(), 5, 1, List.of()).getFirst();
        PendingChanges pending = new PendingChanges(sales);
        pending.delete(deleted);

        SaveResult saved = editor.save(pending);

        assertThat(count(deleted.get("order_id"))).isZero();
        assertThat(auditTrail.changeSet(saved.changeSetId())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.entry().kind()).isEqualTo(dev.lakeside.audit.AuditEntry.Kind.DELETE));
    }

    @Test
    void twoSavesOfOneRowAtTheSameInstant_oneWins_theOtherGetsTheConflictDialog() throws Exception {
        EditorTool sales = tools.require("spark-sales");
        EditorRow loaded = editor.find(sales, EditorSearch.all(), 10, 1, List.of()).getFirst();
        CyclicBarrier bothAtMerge = new CyclicBarrier(2);
        Warehouse racing = new ForwardingWarehouse(warehouse) {
            @Override
            protected void beforeWrite(SqlStatement statement, int writeNumber) {
                if (statement.sql().startsWith("MERGE")) {
                    try {
                        bothAtMerge.await(60, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("The other save never reached its MERGE", e);
                    }
                }
            }
        };
        ChangeSetWriter writer = new ChangeSetWriter(racing, shapes, auditTrail);
        ExecutorService sessions = Executors.newFixedThreadPool(2);
        try {
            List<String> wanted = List.of(other(loaded), "Central".equals(loaded.get("region")) ? "West" : "Central");
            Future<SaveResult> one = sessions.submit(() -> writer.write(sales, List.of(update(loaded, wanted.get(0))), "one"));
            Future<SaveResult> two = sessions.submit(() -> writer.write(sales, List.of(update(loaded, wanted.get(1))), "two"));
            List<SaveResult> results = List.of(one.get(3, TimeUnit.MINUTES), two.get(3, TimeUnit.MINUTES));

            assertThat(results).filteredOn(SaveResult::hasConflicts).hasSize(1);
            SaveResult won = results.stream().filter(r -> !r.hasConflicts()).findFirst().orElseThrow();
            String winner = wanted.get(results.indexOf(won));
            assertThat(value(loaded, "region")).isEqualTo(winner);
            assertThat(results.stream().filter(SaveResult::hasConflicts).findFirst().orElseThrow().conflicts())
                    .singleElement().satisfies(c -> assertThat(c.current().get("region")).isEqualTo(winner));
            assertThat(auditTrail.history("spark-sales", loaded.get("order_id").toString(), 10))
                    .extracting(r -> r.entry().newValue()).containsExactly(winner);
        } finally {
            sessions.shutdownNow();
        }
    }

    @Test
    void rowChangedByAnotherSaveAfterTheCheck_guardedMergeWritesNothing() {
        EditorTool sales = tools.require("spark-sales");
        List<EditorRow> rows = editor.find(sales, EditorSearch.all(), 20, 2, List.of());
        EditorRow stale = rows.get(0);
        EditorRow untouched = rows.get(1);
        Warehouse someoneSavesFirst = new ForwardingWarehouse(warehouse) {
            @Override
            protected void beforeWrite(SqlStatement statement, int writeNumber) {
                if (statement.sql().startsWith("MERGE")) {
                    warehouse.update(new SqlBuilder(warehouse.dialect()).sql("UPDATE ").table(SALES)
                            .sql(" SET region = 'Central' WHERE order_id = ").value(stale.get("order_id")).build());
                }
            }
        };

        SaveResult result = new ChangeSetWriter(someoneSavesFirst, shapes, auditTrail)
                .write(sales, List.of(update(stale, other(stale)), update(untouched, other(untouched))), "tester");

        assertThat(result.hasConflicts()).isTrue();
        assertThat(value(stale, "region")).isEqualTo("Central");
        assertThat(value(untouched, "region")).isEqualTo(untouched.get("region"));
    }

    @Test
    void bulkCleanUp_writesThePreviewedRows() {
        EditorTool suppliers = tools.require("spark-fixer");
        List<BulkFixes.Suggestion> suggestions = bulkFixes.suggestions(suppliers, "country_code");
        BulkFixes.Suggestion fixable = suggestions.stream().filter(s -> s.replacement() != null).findFirst().orElseThrow();
        BulkFixes.Preview preview = bulkFixes.preview(suppliers, "country_code",
                Map.of(fixable.invalidValue(), fixable.replacement()));

        SaveResult result = bulkFixes.apply(preview);

        assertThat(result.rowsWritten()).isEqualTo(preview.changes().size()).isEqualTo((int) fixable.rows());
        assertThat(bulkFixes.suggestions(suppliers, "country_code"))
                .noneMatch(s -> s.invalidValue().equals(fixable.invalidValue()));
    }

    private static RowChange update(EditorRow loaded, String region) {
        return new RowChange.Update(new RowKey(List.of(loaded.get("order_id"))), loaded, Map.of("region", region));
    }

    private static String other(EditorRow row) {
        return "North".equals(row.get("region")) ? "South" : "North";
    }

    private Object value(EditorRow row, String column) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT ").identifier(column).sql(" FROM ")
                .table(SALES).sql(" WHERE order_id = ").value(row.get("order_id")).build()).singleValue();
    }

    private long count(Object orderId) {
        return ((Number) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ").table(SALES)
                .sql(" WHERE order_id = ").value(orderId).build()).singleValue()).longValue();
    }
}
