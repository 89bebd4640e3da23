package dev.lakeside.audit;

import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The audit log of every change Lakeside writes. Entries are written in the same transaction
 * as the change itself, so there is never a change without its entry, nor the reverse.
 */
@Component
public class AuditTrail implements InitializingBean {

    public static final TableName AUDIT_TABLE = new TableName("lakeside_meta", "audit_log");
    private static final List<String> COLUMNS = List.of("changed_at", "user_id", "table_name", "row_key",
            "column_name", "old_value", "new_value", "tool", "change_set_id", "change_kind");
    private static final List<String> TYPES = List.of("TIMESTAMP", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
            "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR");
    /** Rows per INSERT: bounds the parameter count where the dialect binds one parameter per value. */
    private static final int ROWS_PER_INSERT = 1_000;

    private final Warehouse warehouse;
    private final boolean createTable;

    /**
     * @param warehouseMode the table is created at start-up in the embedded warehouse only: on Databricks
     *                      no identity may be available at start-up (identity mode user) and the app should
     *                      not need CREATE rights, so an admin creates it once (docs/databricks.md)
     */
    @Autowired
    public AuditTrail(Warehouse warehouse, @Value("${lakeside.warehouse.mode:embedded}") String warehouseMode) {
        this(warehouse, !"databricks".equals(warehouseMode));
    }

    private AuditTrail(Warehouse warehouse, boolean createTable) {
        this.warehouse = warehouse;
        this.createTable = createTable;
    }

    /**
     * An audit trail in another database whose {@code lakeside_meta.audit_log} table is created by
     * that database's migrations (Lakebase), not at start-up.
     */
    public static AuditTrail inMigratedSchema(Warehouse database) {
        return new AuditTrail(database, false);
    }

    @Override
    public void afterPropertiesSet() {
        if (!createTable) {
            return;
        }
        warehouse.inTransaction(tx -> {
            tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS ").identifier(AUDIT_TABLE.schema()).build());
            tx.update(sql().sql("CREATE TABLE IF NOT EXISTS ").table(AUDIT_TABLE)
                    .sql(" (changed_at TIMESTAMP, user_id VARCHAR, table_name VARCHAR, row_key VARCHAR,"
                            + " column_name VARCHAR, old_value VARCHAR, new_value VARCHAR)").build());
            // Logs written before tools and change-sets existed gain the columns, empty for old rows.
            for (String column : List.of("tool", "change_set_id", "change_kind")) {
                tx.update(sql().sql("ALTER TABLE ").table(AUDIT_TABLE).sql(" ADD COLUMN IF NOT EXISTS ")
                        .identifier(column).sql(" VARCHAR").build());
            }
            return null;
        });
    }

    /** Adds an entry inside the caller's transaction. */
    public void record(Warehouse.Transaction tx, AuditEntry entry) {
        recordAll(tx, List.of(entry));
    }

    /** Adds entries inside the caller's transaction, in one INSERT ... SELECT per chunk of rows. */
    public void recordAll(Warehouse.Transaction tx, List<AuditEntry> entries) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            List<List<Object>> rows = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT)).stream()
                    .map(e -> Arrays.<Object>asList(now, e.userId(), e.table().toString(), e.rowKey(), e.column(),
                            e.oldValue(), e.newValue(), e.tool(), e.changeSetId(), e.kind().name()))
                    .toList();
            SqlBuilder insert = sql().sql("INSERT INTO ").table(AUDIT_TABLE).sql(" (").identifiers(COLUMNS)
                    .sql(") SELECT * FROM ");
            warehouse.dialect().appendRows(insert, "entries", COLUMNS, TYPES, rows);
            tx.update(insert.build());
        }
    }

    /** The latest entries written with a tool, newest first; for one row when rowKey is not null. */
    public List<AuditRecord> history(String tool, String rowKey, int limit) {
        SqlBuilder select = sql().sql("SELECT ").identifiers(COLUMNS).sql(" FROM ").table(AUDIT_TABLE)
                .sql(" WHERE tool = ").value(tool);
        if (rowKey != null) {
            select.sql(" AND row_key = ").value(rowKey);
        }
        return warehouse.query(select.sql(" ORDER BY changed_at DESC, change_set_id, row_key, column_name LIMIT ")
                .integer(limit).build()).map(AuditTrail::toRecord);
    }

    /** Every entry of one change-set. */
    public List<AuditRecord> changeSet(String changeSetId) {
        return warehouse.query(sql().sql("SELECT ").identifiers(COLUMNS).sql(" FROM ").table(AUDIT_TABLE)
                .sql(" WHERE change_set_id = ").value(changeSetId).sql(" ORDER BY row_key, column_name").build())
                .map(AuditTrail::toRecord);
    }

    private static AuditRecord toRecord(Row row) {
        String kind = row.getString("change_kind");
        return new AuditRecord(row.getTimestamp("changed_at"), new AuditEntry(row.getString("user_id"),
                TableName.parse(row.getString("table_name")), row.getString("row_key"), row.getString("column_name"),
                row.getString("old_value"), row.getString("new_value"), row.getString("tool"),
                row.getString("change_set_id"), kind == null ? AuditEntry.Kind.UPDATE : AuditEntry.Kind.valueOf(kind)));
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
