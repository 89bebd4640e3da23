package dev.lakeside.audit;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The audit log of every change Lakeside writes. Entries are written in the same transaction
 * as the change itself, so there is never a change without its entry, nor the reverse.
 */
@Component
public class AuditTrail implements InitializingBean {

    public static final TableName AUDIT_TABLE = new TableName("lakeside_meta", "audit_log");

    private final Warehouse warehouse;
    private final boolean createTable;

    /**
     * @param warehouseMode the table is created at start-up in the embedded warehouse only: on Databricks
     *                      no identity may be available at start-up (identity mode user) and the app should
     *                      not need CREATE rights, so an admin creates it once (docs/databricks.md)
     */
    public AuditTrail(Warehouse warehouse, @Value("${lakeside.warehouse.mode:embedded}") String warehouseMode) {
        this.warehouse = warehouse;
        this.createTable = !"databricks".equals(warehouseMode);
    }

    @Override
    public void afterPropertiesSet() {
        if (!createTable) {
            return;
        }
        warehouse.inTransaction(tx -> {
            tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS ").identifier(AUDIT_TABLE.schema()).build());
            return tx.update(sql().sql("CREATE TABLE IF NOT EXISTS ").table(AUDIT_TABLE)
                    .sql(" (changed_at TIMESTAMP, user_id VARCHAR, table_name VARCHAR, row_key VARCHAR,"
                            + " column_name VARCHAR, old_value VARCHAR, new_value VARCHAR)").build());
        });
    }

    /** Adds an entry inside the caller's transaction. */
    public void record(Warehouse.Transaction tx, AuditEntry entry) {
        tx.update(sql().sql("INSERT INTO ").table(AUDIT_TABLE).sql(" VALUES (")
                .value(LocalDateTime.now(ZoneOffset.UTC)).sql(", ").value(entry.userId()).sql(", ")
                .value(entry.table().toString()).sql(", ").value(entry.rowKey()).sql(", ")
                .value(entry.column()).sql(", ").value(entry.oldValue()).sql(", ").value(entry.newValue())
                .sql(")").build());
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
