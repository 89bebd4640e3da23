package dev.lakeside.audit;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audit table in the warehouse: created if missing (where the identity may), then its columns
 * checked. The check is repeated before audited writes until the table is complete, so an admin's
 * fix needs no restart; a table that lacks columns refuses audited writes with the DDL to fix it.
 */
final class AuditTable {

    private static final Logger log = LoggerFactory.getLogger(AuditTable.class);

    /** Every column, in order; {@code STRING} is Databricks' text type and a DuckDB alias of VARCHAR. */
    static final List<String> COLUMNS = List.of("changed_at", "user_id", "table_name", "row_key", "column_name",
            "old_value", "new_value", "tool", "change_set_id", "change_kind", "change_state");
    /** Columns added after the first version of the table; the embedded warehouse adds them itself. */
    private static final List<String> LATER_COLUMNS = List.of("tool", "change_set_id", "change_kind", "change_state");

    /** Whether the table has been seen complete. */
    enum Status { READY, LACKS_COLUMNS, UNCHECKED }

    /**
     * What the last check found, for readiness.
     *
     * @param missingColumns the columns the table lacks (LACKS_COLUMNS)
     * @param detail         a sentence for operators: the DDL to run, or why the check could not run
     */
    record State(Status status, List<String> missingColumns, String detail) {
    }

    private final Warehouse warehouse;
    private final TableName table;
    private final boolean upgradeInPlace;
    private volatile State state = new State(Status.UNCHECKED, List.of(), "Not checked yet.");

    /** @param upgradeInPlace add missing columns itself (embedded DuckDB) rather than ask an admin to */
    AuditTable(Warehouse warehouse, TableName table, boolean upgradeInPlace) {
        this.warehouse = warehouse;
        this.table = table;
        this.upgradeInPlace = upgradeInPlace;
    }

    /** Whether the table is in a remote warehouse (Databricks): created where permitted, never upgraded in place. */
    boolean remote() {
        return !upgradeInPlace;
    }

    /** Creates what is missing where permitted, then checks; never throws (start-up must not fail here). */
    State setUp() {
        try {
            create();
        } catch (WarehouseException e) {
            log.warn("Could not create the audit table {} ({}); checking whether it exists", displayName(), e.getMessage());
        }
        try {
            return check();
        } catch (WarehouseException e) {
            log.warn("Could not check the audit table {}: {}", displayName(), e.getMessage());
            state = new State(Status.UNCHECKED, List.of(), "Could not be read: " + e.userMessage());
            return state;
        }
    }

    /**
     * Refuses an audited write while the table is incomplete; re-checks while it is not known complete.
     *
     * @throws AuditTableIncomplete when columns are missing
     * @throws WarehouseException   when the table cannot be read at all
     */
    void requireComplete() {
        State now = state;
        if (now.status() != Status.READY) {
            try {
                create();
            } catch (WarehouseException e) {
                log.debug("Audit table creation not permitted: {}", e.getMessage());
            }
            now = check();
        }
        if (now.status() == Status.LACKS_COLUMNS) {
            throw new AuditTableIncomplete(now.detail());
        }
    }

    State state() {
        return state;
    }

    private void create() {
        warehouse.inTransaction(tx -> {
            tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS " + qualifiedSchema()).build());
            tx.update(createTable());
            if (upgradeInPlace) {
                // Logs written before these columns existed gain them, empty for old rows.
                for (String column : LATER_COLUMNS) {
                    tx.update(sql().sql("ALTER TABLE ").table(table).sql(" ADD COLUMN IF NOT EXISTS ")
                            .identifier(column).sql(" " + type(column)).build());
                }
            }
            return null;
        });
    }

    /** The whole table; USING DELTA is Databricks' default, so the same DDL serves both engines. */
    SqlStatement createTable() {
        SqlBuilder ddl = sql().sql("CREATE TABLE IF NOT EXISTS ").table(table).sql(" (");
        for (int i = 0; i < COLUMNS.size(); i++) {
            ddl.sql(i == 0 ? "" : ", ").identifier(COLUMNS.get(i)).sql(" " + type(COLUMNS.get(i)));
        }
        return ddl.sql(")").build();
    }

    private State check() {
        Set<String> present = warehouse.query(sql().sql("SELECT * FROM ").table(table).sql(" LIMIT 0").build())
                .columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>(COLUMNS.stream().filter(c -> !present.contains(c)).toList());
        state = missing.isEmpty()
                ? new State(Status.READY, List.of(), "Complete.")
                : new State(Status.LACKS_COLUMNS, missing, lacksColumns(missing));
        if (!missing.isEmpty()) {
            log.warn(state.detail());
        }
        return state;
    }

    private String lacksColumns(List<String> missing) {
        String columns = missing.stream().map(c -> c + " " + type(c)).collect(Collectors.joining(", "));
        return "The audit table " + displayName() + " lacks the columns " + String.join(", ", missing)
                + ", so changes cannot be audited and nothing is saved. A workspace admin can add them with: ALTER TABLE "
                + displayName() + " ADD COLUMNS (" + columns + ")";
    }

    private static String type(String column) {
        return column.equals("changed_at") ? "TIMESTAMP" : "STRING";
    }

    /**
     * The table's schema with the dialect's qualification (Databricks: in the configured catalog, not the
     * connection's default one): the qualified table name without its last part.
     */
    private String qualifiedSchema() {
        String qualified = warehouse.dialect().qualify(table);
        return qualified.substring(0, qualified.length() - warehouse.dialect().quote(table.table()).length() - 1);
    }

    /** The qualified name as a person types it, without the dialect's quotes. */
    String displayName() {
        return warehouse.dialect().qualify(table).replace("`", "").replace("\"", "");
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
