package dev.lakeside.annotate;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableColumns;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables annotation writes: one output table per task (or shared, keyed by task id), the
 * queue's assignments and the adjudicated final labels. Created on first use, so a task may
 * point at a source table that demo data or a pipeline creates after start-up.
 */
@Component
class AnnotationTables {

    /** Which annotator holds which of an item's slots, under which claim id; a slot is leased, then done. */
    static final TableName ASSIGNMENTS = new TableName("lakeside_meta", "annotation_assignments");
    static final TableName FINAL_LABELS = new TableName("lakeside_meta", "annotation_final_labels");

    /** The columns each table must have (name to type), checked after creation: an older or hand-made table may lack some. */
    private static final Map<String, String> ASSIGNMENT_COLUMNS = columns("task_id STRING", "item_key STRING",
            "slot INTEGER", "annotator STRING", "state STRING", "expires_at TIMESTAMP", "claim_id STRING");
    private static final Map<String, String> FINAL_LABEL_COLUMNS = columns("task_id STRING", "item_key STRING",
            "final_label STRING", "decided_by STRING", "decided_at TIMESTAMP");
    private static final Map<String, String> ANSWER_COLUMNS = columns("task_id STRING", "item_key STRING",
            "annotator STRING", "label STRING", "note STRING", "rating INTEGER", "seconds_taken DOUBLE",
            "labelled_at TIMESTAMP", "revision INTEGER");

    private final Warehouse warehouse;
    private final LabelDatabase labels;
    private final Set<TableName> ready = ConcurrentHashMap.newKeySet();
    /** Per task id: "ready", or why its tables cannot be written, from the last check. */
    private final Map<String, String> checked = new ConcurrentHashMap<>();

    AnnotationTables(Warehouse warehouse, LabelDatabase labels) {
        this.warehouse = warehouse;
        this.labels = labels;
    }

    /**
     * Creates the task's tables if they are missing and checks their columns; cheap after the first call.
     *
     * @throws TableColumns.TableIncomplete naming a table's missing columns; nothing has been written
     */
    void ensure(LabelTask task) {
        if (ready.contains(task.output()) && ready.contains(ASSIGNMENTS)) {
            return;
        }
        try {
            createAndCheck(task);
            checked.put(task.id(), "ready");
        } catch (WarehouseException e) {
            checked.put(task.id(), e.userMessage());
            throw e;
        }
    }

    /** What the last check of each task's tables found, by task id; tasks not checked yet are absent. */
    Map<String, String> checked() {
        return Map.copyOf(checked);
    }

    private void createAndCheck(LabelTask task) {
        synchronized (this) {
            warehouse.inTransaction(tx -> {
                Set<String> schemas = labels.inWarehouse() ? Set.of(ASSIGNMENTS.schema(), task.output().schema())
                        : Set.of(ASSIGNMENTS.schema());
                for (String schema : schemas) {
                    tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS ").identifier(schema).build());
                }
                // STRING: a type both DuckDB and Spark SQL accept. No primary key: Spark SQL does not parse
                // one, Databricks would not enforce it, and the claim does not rely on one (SlotLeases).
                tx.update(sql().sql("CREATE TABLE IF NOT EXISTS ").table(ASSIGNMENTS)
                        .sql(" (task_id STRING NOT NULL, item_key STRING NOT NULL, slot INTEGER NOT NULL,"
                                + " annotator STRING NOT NULL, state STRING NOT NULL, expires_at TIMESTAMP,"
                                + " claim_id STRING)").build());
                if (!labels.inWarehouse()) {
                    return null; // answers and final labels live in Lakebase, created by its migrations
                }
                tx.update(sql().sql("CREATE TABLE IF NOT EXISTS ").table(FINAL_LABELS)
                        .sql(" (task_id STRING NOT NULL, item_key STRING NOT NULL, final_label STRING,"
                                + " decided_by STRING, decided_at TIMESTAMP)").build());
                return tx.update(sql().sql("CREATE TABLE IF NOT EXISTS ").table(task.output())
                        .sql(" (task_id STRING NOT NULL, item_key STRING NOT NULL, annotator STRING NOT NULL,"
                                + " label STRING, note STRING, rating INTEGER, seconds_taken DOUBLE,"
                                + " labelled_at TIMESTAMP, revision INTEGER)").build());
            });
            addClaimIdToOlderTable();
            String purpose = "no annotation can be saved";
            TableColumns.require(warehouse, ASSIGNMENTS, ASSIGNMENT_COLUMNS, purpose);
            if (labels.inWarehouse()) {
                TableColumns.require(warehouse, FINAL_LABELS, FINAL_LABEL_COLUMNS, purpose);
                TableColumns.require(warehouse, task.output(), ANSWER_COLUMNS, purpose);
            }
            ready.add(ASSIGNMENTS);
            ready.add(task.output());
        }
    }

    /**
     * An assignments table created before claims had ids gets the column. Probed rather than
     * {@code ADD COLUMN IF NOT EXISTS}, which Spark SQL does not have; outside the transaction, since
     * a refused statement ends a DuckDB transaction.
     */
    private void addClaimIdToOlderTable() {
        try {
            warehouse.query(sql().sql("SELECT claim_id FROM ").table(ASSIGNMENTS).sql(" WHERE 1 = 0").build());
        } catch (WarehouseException e) {
            if (e.reason() != WarehouseException.Reason.INVALID_STATEMENT) {
                throw e;
            }
            warehouse.update(sql().sql("ALTER TABLE ").table(ASSIGNMENTS).sql(" ADD COLUMN claim_id STRING").build());
        }
    }

    private static Map<String, String> columns(String... nameAndType) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : nameAndType) {
            columns.put(column.substring(0, column.indexOf(' ')), column.substring(column.indexOf(' ') + 1));
        }
        return columns;
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
