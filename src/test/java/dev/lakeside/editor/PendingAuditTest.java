package dev.lakeside.editor;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditTableIncomplete;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.StatementAtATimeWarehouse;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.lakeside.editor.AtomicSaveTest.edit;
import static dev.lakeside.editor.AtomicSaveTest.key;
import static dev.lakeside.editor.AtomicSaveTest.load;
import static dev.lakeside.editor.AtomicSaveTest.regionOtherThan;
import static dev.lakeside.editor.WarehouseRows.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Audit entries are written pending before the change and confirmed after it: a failed confirmation
 * on an engine without transactions still ends with the change and its applied entries, a crash's
 * leftovers are resolved by the reconciler, and an incomplete audit table stops saves up front.
 */
class PendingAuditTest extends EditorStoryTest {

    @Autowired
    TableShapes shapes;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    PendingChangeSets reconciler;

    @Test
    void confirmationFailsOnceWithoutTransactions_changeAndAppliedEntriesBothLand() {
        EditorTool sales = tools.require("test-sales");
        EditorRow loaded = load(sales, warehouse, 1530);
        String region = regionOtherThan(loaded, "East");
        AtomicInteger confirmations = new AtomicInteger();
        Warehouse databricksLike = new StatementAtATimeWarehouse(warehouse, statement -> {
            if (isConfirmation(statement) && confirmations.incrementAndGet() == 1) {
                throw new WarehouseException(WarehouseException.Reason.UNAVAILABLE, "connection lost", null);
            }
        });

        SaveResult result = new ChangeSetWriter(databricksLike, shapes, auditTrail).write(sales,
                List.of(edit(loaded, region)), "tester");

        assertThat(result.hasConflicts()).isFalse();
        assertThat(stored.value(SALES, "order_id", loaded.get("order_id"), "region")).isEqualTo(region);
        assertThat(auditTrail.changeSet(result.changeSetId())).extracting(r -> r.entry().newValue()).containsExactly(region);
    }

    @Test
    void confirmationNeverSucceeds_savedAndLeftPending_reconcilerConfirmsItLater() {
        EditorTool sales = tools.require("test-sales");
        EditorRow loaded = load(sales, warehouse, 1531);
        String region = regionOtherThan(loaded, "East");
        Warehouse databricksLike = new StatementAtATimeWarehouse(warehouse, statement -> {
            if (isConfirmation(statement)) {
                throw new WarehouseException(WarehouseException.Reason.UNAVAILABLE, "connection lost", null);
            }
        });

        SaveResult result = new ChangeSetWriter(databricksLike, shapes, auditTrail).write(sales,
                List.of(edit(loaded, region)), "tester");

        assertThat(stored.value(SALES, "order_id", loaded.get("order_id"), "region")).isEqualTo(region);
        assertThat(auditTrail.changeSet(result.changeSetId())).isEmpty();
        reconciler.reconcile(LocalDateTime.now(ZoneOffset.UTC));
        assertThat(auditTrail.changeSet(result.changeSetId())).as("still inside the grace period").isEmpty();
        reconciler.reconcile(LocalDateTime.now(ZoneOffset.UTC).plusHours(1));
        assertThat(auditTrail.changeSet(result.changeSetId())).extracting(r -> r.entry().newValue()).containsExactly(region);
    }

    @Test
    void crashLeftPendingSets_reconcilerAppliesTheWrittenOne_rejectsTheOther() {
        EditorTool sales = tools.require("test-sales");
        EditorRow written = load(sales, warehouse, 1540);
        EditorRow notWritten = load(sales, warehouse, 1541);
        String writtenSet = pending(sales, written, regionOtherThan(written, "West"));
        String notWrittenSet = pending(sales, notWritten, regionOtherThan(notWritten, "West"));
        // The process stopped after the first set's MERGE and before the second's.
        stored.set(SALES, "order_id", written.get("order_id"), "region", regionOtherThan(written, "West"));

        PendingChangeSets.Outcome outcome = reconciler.reconcile(LocalDateTime.now(ZoneOffset.UTC).plusHours(1));

        assertThat(outcome.applied()).isGreaterThanOrEqualTo(1);
        assertThat(outcome.rejected()).isGreaterThanOrEqualTo(1);
        assertThat(auditTrail.changeSet(writtenSet)).extracting(r -> r.entry().newValue())
                .containsExactly(regionOtherThan(written, "West"));
        assertThat(auditTrail.changeSet(notWrittenSet)).isEmpty();
        assertThat(auditTrail.history("test-sales", key(notWritten), 10)).isEmpty();
        assertThat(state(notWrittenSet)).isEqualTo("rejected");
    }

    @Test
    void auditTableLacksColumns_saveRefusedNamingThem_tableUnchanged() {
        TableName oldAudit = new TableName("test_audit", "audit_log");
        warehouse.inTransaction(tx -> {
            tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS test_audit").build());
            tx.update(sql().sql("DROP TABLE IF EXISTS ").table(oldAudit).build());
            // The table docs/databricks.md used to tell admins to create.
            return tx.update(sql().sql("CREATE TABLE ").table(oldAudit).sql(" (changed_at TIMESTAMP, user_id STRING,"
                    + " table_name STRING, row_key STRING, column_name STRING, old_value STRING, new_value STRING)").build());
        });
        AuditTrail checkedOnly = new AuditTrail(warehouse, oldAudit, false);
        checkedOnly.setUpNow();
        EditorTool sales = tools.require("test-sales");
        EditorRow loaded = load(sales, warehouse, 1550);
        ChangeSetWriter writer = new ChangeSetWriter(warehouse, shapes, checkedOnly);

        assertThatThrownBy(() -> writer.write(sales, List.of(edit(loaded, regionOtherThan(loaded, "East"))), "tester"))
                .isInstanceOf(AuditTableIncomplete.class)
                .extracting(e -> ((AuditTableIncomplete) e).userMessage()).asString()
                .startsWith("The audit table test_audit.audit_log lacks the columns tool, change_set_id, change_kind, change_state")
                .contains("ALTER TABLE test_audit.audit_log ADD COLUMNS (tool STRING, change_set_id STRING,"
                        + " change_kind STRING, change_state STRING)");
        assertThat(stored.value(SALES, "order_id", loaded.get("order_id"), "region")).isEqualTo(loaded.get("region"));
        assertThat(checkedOnly.tableComplete()).isFalse();
    }

    private String pending(EditorTool sales, EditorRow row, String region) {
        String changeSetId = UUID.randomUUID().toString();
        warehouse.inTransaction(tx -> {
            auditTrail.recordPending(tx, List.of(new AuditEntry("tester", sales.table(), key(row), "region",
                    (String) row.get("region"), region, sales.id(), changeSetId, AuditEntry.Kind.UPDATE)));
            return null;
        });
        return changeSetId;
    }

    private String state(String changeSetId) {
        return (String) warehouse.query(sql().sql("SELECT change_state FROM ").table(AuditTrail.AUDIT_TABLE)
                .sql(" WHERE change_set_id = ").value(changeSetId).sql(" AND change_state <> 'pending'").build()).singleValue();
    }

    /** The marker row that confirms a change-set (its row source is named {@code marker}). */
    private static boolean isConfirmation(dev.lakeside.warehouse.SqlStatement statement) {
        return statement.sql().startsWith("INSERT") && statement.sql().contains("marker")
                && statement.parameters().toString().contains("applied");
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
