package dev.lakeside.editor;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The editor's SQL: read the current state of many rows and write a whole change-set as ONE
 * {@code MERGE INTO ... USING <rows>}, every value bound. The row source comes from
 * {@link Dialect#appendRows}: a typed {@code VALUES} list by default, array parameters on DuckDB.
 *
 * <p>The MERGE is guarded so that it writes every change or none, in one statement (Databricks has
 * no multi-statement transactions): each source row carries the state its change expects (the
 * loaded version, or the loaded values of the columns it checks; an insert expects no row), the
 * source keeps its rows only if a count of still-matching rows, taken in the same statement, equals
 * the number of changes, and every WHEN MATCHED clause checks its row again. Fewer rows written than
 * changes therefore means nothing was written. Only standard SQL that DuckDB (1.4+) and Spark SQL /
 * Databricks both accept: a CTE in the USING subquery, a scalar subquery, CAST, IS NOT DISTINCT FROM.
 */
final class MergeSql {

    private static final String OP = "lakeside_op";
    private static final String CHANGES = "lakeside_changes";
    private static final String GUARD = "lakeside_guard";
    private static final String MATCHING = "matching";
    private static final String SET_SUFFIX = "__set";
    private static final String WAS_SUFFIX = "__was";
    private static final String CHECK_SUFFIX = "__check";
    /** Operation codes: integers rather than text, so no string type has to be named in a CAST. */
    private static final int UPDATE = 1;
    private static final int INSERT = 2;
    private static final int DELETE = 3;

    private final EditorTool tool;
    private final TableShapes shapes;
    private final Dialect dialect;

    MergeSql(EditorTool tool, TableShapes shapes, Dialect dialect) {
        this.tool = tool;
        this.shapes = shapes;
        this.dialect = dialect;
    }

    /** SELECT the tool's columns of the rows with these keys (one statement, keys joined as a row source). */
    SqlStatement currentRows(List<RowKey> keys) {
        SqlBuilder sql = new SqlBuilder(dialect).sql("SELECT ");
        int i = 0;
        for (String column : tool.allowedColumns()) {
            sql.sql(i++ == 0 ? "t." : ", t.").identifier(column);
        }
        sql.sql(" FROM ").table(tool.table()).sql(" AS t JOIN ");
        List<List<Object>> rows = keys.stream().map(RowKey::values).toList();
        dialect.appendRows(sql, "s", tool.keyColumns(), types(tool.keyColumns()), rows);
        return onKeys(sql, "t", "s").build();
    }

    /**
     * One guarded MERGE applying every change, or none if any row is no longer as its change expects;
     * {@code now} fills the touch column. It reports as many rows as changes, or zero.
     */
    SqlStatement merge(List<RowChange> changes, LocalDateTime now) {
        List<String> written = writtenColumns(changes);
        List<String> checked = ExpectedState.checkedColumns(tool, changes);
        List<String> source = new ArrayList<>(tool.keyColumns());
        List<String> types = new ArrayList<>(types(tool.keyColumns()));
        source.add(OP);
        types.add("INTEGER");
        written.forEach(c -> {
            source.add(c);
            types.add(shapes.castType(tool, c));
            source.add(c + SET_SUFFIX);
            types.add("BOOLEAN");
        });
        checked.forEach(c -> {
            source.add(c + WAS_SUFFIX);
            types.add(shapes.castType(tool, c));
            source.add(c + CHECK_SUFFIX);
            types.add("BOOLEAN");
        });
        List<List<Object>> rows = changes.stream().map(c -> sourceRow(c, written, checked)).toList();
        SqlBuilder sql = new SqlBuilder(dialect).sql("MERGE INTO ").table(tool.table()).sql(" AS t USING (WITH ")
                .identifier(CHANGES).sql(" AS (SELECT * FROM ");
        dialect.appendRows(sql, "c", source, types, rows);
        // The guard is a one-row CTE joined to the changes, not a scalar subquery in WHERE: Delta refuses a
        // scalar subquery on the MERGE's own target ("Table does not support reads"; seen on the Spark stand-in).
        sql.sql("), ").identifier(GUARD).sql(" AS (SELECT count(*) AS ").identifier(MATCHING).sql(" FROM ")
                .identifier(CHANGES).sql(" AS c LEFT JOIN ").table(tool.table()).sql(" AS cur");
        onKeys(sql, "cur", "c").sql(" WHERE ");
        stillAsExpected(sql, checked);
        sql.sql(") SELECT c.* FROM ").identifier(CHANGES).sql(" AS c CROSS JOIN ").identifier(GUARD).sql(" AS g WHERE g.")
                .identifier(MATCHING).sql(" = CAST(").value((long) changes.size()).sql(" AS BIGINT)) AS s");
        onKeys(sql, "t", "s");
        if (changes.stream().anyMatch(c -> c instanceof RowChange.Delete)) {
            sql.sql(" WHEN MATCHED AND s.").identifier(OP).sql(" = " + DELETE + " AND ");
            expected(sql, checked, "s", "t").sql(" THEN DELETE");
        }
        if (changes.stream().anyMatch(c -> c instanceof RowChange.Update)) {
            updateClause(sql, written, checked, now);
        }
        if (changes.stream().anyMatch(c -> c instanceof RowChange.Insert)) {
            insertClause(sql, written, now);
        }
        return sql.build();
    }

    /** Whether change row {@code c} still finds row {@code cur} as it expects: absent for an insert. */
    private void stillAsExpected(SqlBuilder sql, List<String> checked) {
        String firstKey = tool.keyColumns().getFirst();
        sql.sql("((c.").identifier(OP).sql(" = " + INSERT + " AND cur.").identifier(firstKey).sql(" IS NULL) OR (c.")
                .identifier(OP).sql(" <> " + INSERT + " AND cur.").identifier(firstKey).sql(" IS NOT NULL AND ");
        expected(sql, checked, "c", "cur").sql("))");
    }

    /** Every checked column of {@code target} equals the expected value the change row carries (null-safe). */
    private static SqlBuilder expected(SqlBuilder sql, List<String> checked, String change, String target) {
        if (checked.isEmpty()) {
            return sql.sql("TRUE");
        }
        sql.sql("(");
        for (int i = 0; i < checked.size(); i++) {
            String column = checked.get(i);
            sql.sql(i == 0 ? "(NOT " : " AND (NOT ").sql(change + ".").identifier(column + CHECK_SUFFIX)
                    .sql(" OR " + target + ".").identifier(column).sql(" IS NOT DISTINCT FROM " + change + ".")
                    .identifier(column + WAS_SUFFIX).sql(")");
        }
        return sql.sql(")");
    }

    /**
     * The source row of a change: keys, operation, (value, whether to set it) per written column, then
     * (expected value, whether to check it) per checked column.
     */
    private List<Object> sourceRow(RowChange change, List<String> written, List<String> checked) {
        List<Object> row = new ArrayList<>(change.key().values());
        row.add(switch (change) {
            case RowChange.Update u -> UPDATE;
            case RowChange.Insert i -> INSERT;
            case RowChange.Delete d -> DELETE;
        });
        for (String column : written) {
            switch (change) {
                case RowChange.Update u -> {
                    row.add(u.edits().get(column));
                    row.add(u.edits().containsKey(column));
                }
                case RowChange.Insert i -> {
                    row.add(i.values().get(column));
                    row.add(true);
                }
                case RowChange.Delete d -> {
                    row.add(null);
                    row.add(false);
                }
            }
        }
        ExpectedState expected = ExpectedState.of(tool, change);
        for (String column : checked) {
            row.add(expected.columns().contains(column) ? expected.loaded().get(column) : null);
            row.add(expected.columns().contains(column));
        }
        return row;
    }

    private void updateClause(SqlBuilder sql, List<String> written, List<String> checked, LocalDateTime now) {
        sql.sql(" WHEN MATCHED AND s.").identifier(OP).sql(" = " + UPDATE + " AND ");
        expected(sql, checked, "s", "t").sql(" THEN UPDATE SET ");
        int i = 0;
        for (String column : written) {
            sql.sql(i++ == 0 ? "" : ", ").identifier(column).sql(" = CASE WHEN s.").identifier(column + SET_SUFFIX)
                    .sql(" THEN s.").identifier(column).sql(" ELSE t.").identifier(column).sql(" END");
        }
        if (tool.touchColumn() != null) {
            sql.sql(", ").identifier(tool.touchColumn()).sql(" = ").value(now);
        }
        if (tool.versionColumn() != null) {
            sql.sql(", ").identifier(tool.versionColumn()).sql(" = COALESCE(t.").identifier(tool.versionColumn())
                    .sql(", 0) + 1");
        }
    }

    private void insertClause(SqlBuilder sql, List<String> written, LocalDateTime now) {
        List<String> columns = new ArrayList<>(tool.keyColumns());
        columns.addAll(written);
        sql.sql(" WHEN NOT MATCHED AND s.").identifier(OP).sql(" = " + INSERT + " THEN INSERT (").identifiers(columns);
        if (tool.touchColumn() != null) {
            sql.sql(", ").identifier(tool.touchColumn());
        }
        if (tool.versionColumn() != null) {
            sql.sql(", ").identifier(tool.versionColumn());
        }
        sql.sql(") VALUES (");
        for (int i = 0; i < columns.size(); i++) {
            sql.sql(i == 0 ? "s." : ", s.").identifier(columns.get(i));
        }
        if (tool.touchColumn() != null) {
            sql.sql(", ").value(now);
        }
        if (tool.versionColumn() != null) {
            sql.sql(", 1");
        }
        sql.sql(")");
    }

    /** Editable columns some change writes, in the tool's order. */
    private List<String> writtenColumns(List<RowChange> changes) {
        Set<String> used = new LinkedHashSet<>();
        for (RowChange change : changes) {
            switch (change) {
                case RowChange.Update u -> used.addAll(u.edits().keySet());
                case RowChange.Insert i -> used.addAll(i.values().keySet());
                case RowChange.Delete d -> { }
            }
        }
        return tool.editableColumns().stream().filter(used::contains).toList();
    }

    private SqlBuilder onKeys(SqlBuilder sql, String left, String right) {
        for (int k = 0; k < tool.keyColumns().size(); k++) {
            String key = tool.keyColumns().get(k);
            sql.sql(k == 0 ? " ON " + left + "." : " AND " + left + ".").identifier(key)
                    .sql(" = " + right + ".").identifier(key);
        }
        return sql;
    }

    private List<String> types(List<String> columns) {
        return columns.stream().map(c -> shapes.castType(tool, c)).toList();
    }
}
