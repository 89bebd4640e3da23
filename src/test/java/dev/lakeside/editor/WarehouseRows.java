package dev.lakeside.editor;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.List;

/** Reads what reached the warehouse, independently of the editor's own code. */
record WarehouseRows(Warehouse warehouse) {

    static final TableName SALES = new TableName("gold", "sales");
    static final TableName SUPPLIERS = new TableName("gold", "suppliers");

    Object value(TableName table, String keyColumn, Object key, String column) {
        List<Object> values = warehouse.query(sql().sql("SELECT ").identifier(column).sql(" FROM ").table(table)
                .sql(" WHERE ").identifier(keyColumn).sql(" = ").value(key).build()).map(r -> r.get(0));
        return values.isEmpty() ? null : values.getFirst();
    }

    boolean exists(TableName table, String keyColumn, Object key) {
        return ((Number) warehouse.query(sql().sql("SELECT count(*) FROM ").table(table).sql(" WHERE ")
                .identifier(keyColumn).sql(" = ").value(key).build()).singleValue()).longValue() > 0;
    }

    long count(TableName table) {
        return ((Number) warehouse.query(sql().sql("SELECT count(*) FROM ").table(table).build()).singleValue()).longValue();
    }

    void set(TableName table, String keyColumn, Object key, String column, Object value) {
        warehouse.update(sql().sql("UPDATE ").table(table).sql(" SET ").identifier(column).sql(" = ").value(value)
                .sql(" WHERE ").identifier(keyColumn).sql(" = ").value(key).build());
    }

    /** Audit rows of a tool and row: column, old, new, change-set id, user, kind; oldest first. */
    List<List<String>> audit(String tool, String rowKey) {
        return warehouse.query(sql().sql("SELECT column_name, old_value, new_value, change_set_id, user_id, change_kind FROM ")
                .table(AuditTrail.AUDIT_TABLE).sql(" WHERE tool = ").value(tool).sql(" AND row_key = ").value(rowKey)
                .sql(" ORDER BY changed_at, column_name").build())
                .map(r -> java.util.Arrays.asList(r.getString("column_name"), r.getString("old_value"),
                        r.getString("new_value"), r.getString("change_set_id"), r.getString("user_id"),
                        r.getString("change_kind")));
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
