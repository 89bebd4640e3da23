package dev.lakeside.annotate;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.writeback.WriteBackStore;
import org.springframework.stereotype.Component;

import static dev.lakeside.annotate.AnnotationTables.FINAL_LABELS;

/**
 * Where answers and final labels are kept ({@code lakeside.writeback.store}). In the warehouse,
 * each task writes its configured output table, which the review queries join with the items. In
 * Lakebase, all tasks share {@code lakeside_meta.annotation_answers} (keyed by task id) and the
 * items are read from the warehouse separately. Leases stay in the warehouse either way: claiming
 * one joins them with the items.
 */
@Component
class LabelDatabase {

    static final TableName LAKEBASE_ANSWERS = new TableName("lakeside_meta", "annotation_answers");

    private final WriteBackStore store;

    LabelDatabase(WriteBackStore store) {
        this.store = store;
    }

    Warehouse database() {
        return store.database();
    }

    AuditTrail audit() {
        return store.audit();
    }

    /** True when answers sit in the warehouse, next to the items and leases. */
    boolean inWarehouse() {
        return store.isWarehouse();
    }

    String displayName() {
        return store.displayName();
    }

    /** The table holding the task's answers. */
    TableName answers(LabelTask task) {
        return inWarehouse() ? task.output() : LAKEBASE_ANSWERS;
    }

    TableName finalLabels() {
        return FINAL_LABELS;
    }

    SqlBuilder sql() {
        return new SqlBuilder(database().dialect());
    }
}
