package dev.lakeside.annotate;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static dev.lakeside.annotate.AnnotationTables.ASSIGNMENTS;

/**
 * The lease rows of the assignments table, and taking a slot without an enforced key or a
 * multi-statement transaction (Databricks SQL: Delta ignores primary keys, and
 * {@code inTransaction} commits each statement on its own). Taking a slot is single statements,
 * each atomic by itself: a {@code MERGE} inserts the lease with a fresh claim id only if no row
 * holds that slot; then the claimer reads the item's rows back and, if another claim holds the same
 * slot (two MERGEs that ran at once can both insert) or the same annotator holds another slot of
 * the item, it yields: deletes its own row by claim id and reports the slot lost.
 *
 * <p>Yielding to any competitor never leaves a slot with two holders. A claimer keeps the slot only
 * if its read-back, which follows its own insert, sees no other row. Of two claims that both kept
 * one slot, the one that read back later would have seen the other's row: written before the
 * other's read-back and never deleted, since its claimer kept it. Both may yield; the caller's
 * random pauses let them fall out of step. The table has no primary key on any engine.
 */
final class SlotLeases {

    private static final List<String> COLUMNS =
            List.of("task_id", "item_key", "slot", "annotator", "state", "expires_at", "claim_id");
    private static final List<String> TYPES =
            List.of("STRING", "STRING", "INTEGER", "STRING", "STRING", "TIMESTAMP", "STRING");

    private final Warehouse warehouse;

    SlotLeases(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** A row of the assignments table; {@code claimId} is null for leases taken before claims had ids. */
    record Lease(int slot, String annotator, String state, String claimId) {
        boolean leased() {
            return "leased".equals(state);
        }
    }

    /** Every row of an item: leases and done slots. */
    List<Lease> of(LabelTask task, String itemKey) {
        return warehouse.query(sql().sql("SELECT slot, annotator, state, claim_id FROM ").table(ASSIGNMENTS)
                .sql(" WHERE task_id = ").value(task.id()).sql(" AND item_key = ").value(itemKey).build())
                .map(r -> new Lease(r.getLong("slot").intValue(), r.getString("annotator"), r.getString("state"),
                        r.getString("claim_id")));
    }

    /**
     * Leases the slot to the annotator until {@code expiresAt}; false if another claim has it or
     * won the race for it. A warehouse failure after the insert withdraws the row before it is thrown.
     */
    boolean take(LabelTask task, String itemKey, int slot, String annotator, LocalDateTime expiresAt) {
        String claimId = UUID.randomUUID().toString();
        if (warehouse.update(insertIfFree(task, itemKey, slot, annotator, expiresAt, claimId)) == 0) {
            return false;
        }
        boolean contested;
        try {
            contested = of(task, itemKey).stream().anyMatch(lease -> !claimId.equals(lease.claimId())
                    && (lease.slot() == slot || lease.annotator().equals(annotator)));
        } catch (WarehouseException e) {
            withdraw(task, itemKey, claimId);
            throw e;
        }
        if (contested) {
            withdraw(task, itemKey, claimId);
        }
        return !contested;
    }

    /** Gives up the annotator's lease on an item (a done slot stays). */
    void release(LabelTask task, String itemKey, String annotator) {
        warehouse.update(sql().sql("DELETE FROM ").table(ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" AND item_key = ").value(itemKey).sql(" AND annotator = ").value(annotator)
                .sql(" AND state = 'leased'").build());
    }

    void removeExpired(LabelTask task, LocalDateTime now) {
        warehouse.update(sql().sql("DELETE FROM ").table(ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" AND state = 'leased' AND expires_at < ").value(now).build());
    }

    /** Inserts the lease unless a row holds that slot already; affects no row if one does. */
    private SqlStatement insertIfFree(LabelTask task, String itemKey, int slot, String annotator,
                                      LocalDateTime expiresAt, String claimId) {
        // The rows are wrapped in a SELECT: Spark SQL refuses column aliases on a MERGE's source itself.
        SqlBuilder merge = sql().sql("MERGE INTO ").table(ASSIGNMENTS).sql(" AS t USING (SELECT * FROM ");
        warehouse.dialect().appendRows(merge, "c", COLUMNS, TYPES,
                List.of(List.of(task.id(), itemKey, slot, annotator, "leased", expiresAt, claimId)));
        merge.sql(") AS s ON t.task_id = s.task_id AND t.item_key = s.item_key AND t.slot = s.slot")
                .sql(" WHEN NOT MATCHED THEN INSERT (").identifiers(COLUMNS).sql(") VALUES (");
        for (int i = 0; i < COLUMNS.size(); i++) {
            merge.sql(i == 0 ? "s." : ", s.").identifier(COLUMNS.get(i));
        }
        return merge.sql(")").build();
    }

    /** Deletes one claim's row by its id: what yielding leaves behind is only the others' rows. */
    private void withdraw(LabelTask task, String itemKey, String claimId) {
        warehouse.update(sql().sql("DELETE FROM ").table(ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" AND item_key = ").value(itemKey).sql(" AND claim_id = ").value(claimId).build());
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
