package dev.lakeside.audit;

import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The audit log of every change Lakeside writes. Entries are written in the same transaction as
 * the change itself. Where there are no multi-statement transactions (Databricks), the editor
 * writes its entries first as {@link ChangeState#PENDING}, then the change, then confirms them
 * (docs/editor.md, "Atomic on Databricks"); reads return applied entries only.
 */
@Component
public class AuditTrail implements InitializingBean {

    public static final TableName AUDIT_TABLE = new TableName("lakeside_meta", "audit_log");
    /** The columns a plain record writes: all but the state, which stays empty (= applied). */
    private static final List<String> COLUMNS = AuditTable.COLUMNS.subList(0, AuditTable.COLUMNS.size() - 1);
    private static final String STATE = "change_state";
    /** As code names types; the dialect spells them (VARCHAR is STRING on Databricks; Lakebase's Postgres has no STRING). */
    private static final List<String> TYPES = List.of("TIMESTAMP", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
            "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR");
    /** Rows per INSERT: bounds the parameter count where the dialect binds one parameter per value. */
    private static final int ROWS_PER_INSERT = 1_000;

    private final Warehouse warehouse;
    private final TableName table;
    /** The table created and checked at start-up; null where migrations own it (Lakebase, no states there). */
    private final AuditTable shape;

    /**
     * @param warehouseMode the embedded warehouse creates and upgrades the table; on Databricks it is
     *                      created if the identity may, then checked, and an admin adds missing columns
     */
    @Autowired
    public AuditTrail(Warehouse warehouse, @Value("${lakeside.warehouse.mode:embedded}") String warehouseMode) {
        this(warehouse, AUDIT_TABLE, !"databricks".equals(warehouseMode));
    }

    /**
     * An audit trail in {@code table}, set up at start-up: upgraded in place, or (as on Databricks)
     * created where permitted and checked. Tests use it for a table of their own.
     */
    public AuditTrail(Warehouse warehouse, TableName table, boolean upgradeInPlace) {
        this.warehouse = warehouse;
        this.table = table;
        this.shape = new AuditTable(warehouse, table, upgradeInPlace);
    }

    private AuditTrail(Warehouse warehouse) {
        this.warehouse = warehouse;
        this.table = AUDIT_TABLE;
        this.shape = null;
    }

    /**
     * An audit trail in another database whose {@code lakeside_meta.audit_log} table is created by
     * that database's migrations (Lakebase), not at start-up. Only plain records are written there.
     */
    public static AuditTrail inMigratedSchema(Warehouse database) {
        return new AuditTrail(database);
    }

    /**
     * Creates or checks the table; a failure is logged, not thrown, and the check repeats before writes. The
     * embedded table is set up before the app serves; a remote one ({@link #setUpWhenReady}) after, since a
     * start must not wait on a workspace that may be unreachable (the pool waits 30 s a connection).
     */
    @Override
    public void afterPropertiesSet() {
        if (shape != null && !shape.remote()) {
            shape.setUp();
        }
    }

    /** Sets up a remote (Databricks) table in the background once the app is ready. */
    @EventListener(ApplicationReadyEvent.class)
    void setUpWhenReady() {
        if (shape != null && shape.remote()) {
            Thread.ofVirtual().name("audit-table-setup").start(shape::setUp);
        }
    }

    /** Creates or checks the table now, on this thread, wherever it is (tests, tools run outside Spring). */
    public void setUpNow() {
        if (shape != null) {
            shape.setUp();
        }
    }

    /**
     * Refuses audited writes, before anything is written, while the table lacks columns.
     *
     * @throws AuditTableIncomplete naming the missing columns and the DDL that adds them
     */
    public void requireComplete() {
        if (shape != null) {
            shape.requireComplete();
        }
    }

    /** What the last check of the table found: "READY", or why not, for readiness; empty where migrations own it. */
    public java.util.Optional<String> tableState() {
        return java.util.Optional.ofNullable(shape)
                .map(s -> s.state().status() + (s.state().status() == AuditTable.Status.READY ? "" : ": " + s.state().detail()));
    }

    /** Whether the last check found the table complete (true where migrations own it). */
    public boolean tableComplete() {
        return shape == null || shape.state().status() == AuditTable.Status.READY;
    }

    /** Adds an entry inside the caller's transaction. */
    public void record(Warehouse.Transaction tx, AuditEntry entry) {
        recordAll(tx, List.of(entry));
    }

    /** Adds entries inside the caller's transaction, in one INSERT ... SELECT per chunk of rows. */
    public void recordAll(Warehouse.Transaction tx, List<AuditEntry> entries) {
        requireComplete();
        insert(tx, entries, COLUMNS, null);
    }

    /** Adds a change-set's entries as pending, before its change is written; see {@link #mark}. */
    public void recordPending(Warehouse.Transaction tx, List<AuditEntry> entries) {
        requireStates();
        insert(tx, entries, AuditTable.COLUMNS, ChangeState.PENDING);
    }

    /**
     * Records that a change-set's pending entries were applied or rejected: one marker row appended, never an
     * UPDATE. On Delta an UPDATE of the log reads the whole table, so two saves confirming at once failed with
     * ConcurrentAppendException (seen on the Spark stand-in); appends do not conflict. Returns 1.
     */
    public int mark(Warehouse.Transaction tx, String changeSetId, ChangeState state) {
        requireStates();
        List<Object> marker = Arrays.asList(LocalDateTime.now(ZoneOffset.UTC), null, null, null, null, null, null, null,
                changeSetId, null, state.text());
        SqlBuilder insert = sql().sql("INSERT INTO ").table(table).sql(" (").identifiers(AuditTable.COLUMNS)
                .sql(") SELECT * FROM ");
        warehouse.dialect().appendRows(insert, "marker", AuditTable.COLUMNS, TYPES, List.of(marker));
        return tx.update(insert.build());
    }

    /** {@link #mark} in a statement of its own (the reconciler's). */
    public int mark(String changeSetId, ChangeState state) {
        return warehouse.inTransaction(tx -> mark(tx, changeSetId, state));
    }

    /** Whether pending entries of the change-set are in the log (none after a rollback). */
    public boolean hasPending(String changeSetId) {
        requireStates();
        return ((Number) warehouse.query(sql().sql("SELECT count(*) FROM ").table(table).sql(" WHERE change_set_id = ")
                .value(changeSetId).sql(" AND ").identifier(STATE).sql(" = ").value(ChangeState.PENDING.text()).build())
                .singleValue()).longValue() > 0;
    }

    /** Pending entries written before {@code before} (UTC) whose change-set has no marker yet, by change-set id. */
    public List<AuditRecord> pendingBefore(LocalDateTime before) {
        requireStates();
        return warehouse.query(sql().sql("SELECT ").identifiers(COLUMNS).sql(" FROM ").table(table).sql(" AS a WHERE ")
                .identifier(STATE).sql(" = ").value(ChangeState.PENDING.text()).sql(" AND changed_at < ").value(before)
                .sql(" AND NOT EXISTS (SELECT 1 FROM ").table(table).sql(" AS m WHERE m.change_set_id = a.change_set_id")
                .sql(" AND m.").identifier(STATE).sql(" IN (").value(ChangeState.APPLIED.text()).sql(", ")
                .value(ChangeState.REJECTED.text()).sql("))")
                .sql(" ORDER BY change_set_id, row_key, column_name").build()).map(AuditTrail::toRecord);
    }

    private void insert(Warehouse.Transaction tx, List<AuditEntry> entries, List<String> columns, ChangeState state) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            List<List<Object>> rows = entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT)).stream()
                    .map(e -> {
                        List<Object> row = new ArrayList<>(Arrays.<Object>asList(now, e.userId(), e.table().toString(),
                                e.rowKey(), e.column(), e.oldValue(), e.newValue(), e.tool(), e.changeSetId(), e.kind().name()));
                        if (state != null) {
                            row.add(state.text());
                        }
                        return row;
                    })
                    .toList();
            SqlBuilder insert = sql().sql("INSERT INTO ").table(table).sql(" (").identifiers(columns)
                    .sql(") SELECT * FROM ");
            warehouse.dialect().appendRows(insert, "entries", columns, TYPES.subList(0, columns.size()), rows);
            tx.update(insert.build());
        }
    }

    private void requireStates() {
        if (shape == null) {
            throw new IllegalStateException("This audit log keeps no change states");
        }
        requireComplete();
    }

    /** The latest entries written with a tool, newest first; for one row when rowKey is not null. */
    public List<AuditRecord> history(String tool, String rowKey, int limit) {
        SqlBuilder select = sql().sql("SELECT ").identifiers(COLUMNS).sql(" FROM ").table(table)
                .sql(" WHERE tool = ").value(tool);
        appliedOnly(select);
        if (rowKey != null) {
            select.sql(" AND row_key = ").value(rowKey);
        }
        return warehouse.query(select.sql(" ORDER BY changed_at DESC, change_set_id, row_key, column_name LIMIT ")
                .integer(limit).build()).map(AuditTrail::toRecord);
    }

    /** Every applied entry of one change-set. */
    public List<AuditRecord> changeSet(String changeSetId) {
        SqlBuilder select = sql().sql("SELECT ").identifiers(COLUMNS).sql(" FROM ").table(table)
                .sql(" WHERE change_set_id = ").value(changeSetId);
        return warehouse.query(appliedOnly(select).sql(" ORDER BY row_key, column_name").build())
                .map(AuditTrail::toRecord);
    }

    /**
     * Leaves out markers and the entries of change-sets not marked applied; entries without a state predate
     * states and were applied.
     */
    private SqlBuilder appliedOnly(SqlBuilder select) {
        if (shape == null) {
            return select;
        }
        return select.sql(" AND (").identifier(STATE).sql(" IS NULL OR (").identifier(STATE).sql(" = ")
                .value(ChangeState.PENDING.text()).sql(" AND change_set_id IN (SELECT change_set_id FROM ").table(table)
                .sql(" WHERE ").identifier(STATE).sql(" = ").value(ChangeState.APPLIED.text()).sql(")))");
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
