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
 * MERGE with conditional DELETE/UPDATE/INSERT clauses is accepted by DuckDB (1.4+) and Databricks.
 */
final class MergeSql {

    private static final String OP = "lakeside_op";
    private static final String SET_SUFFIX = "__set";

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
        return onKeys(sql).build();
    }

    /** One MERGE applying every change; {@code now} fills the touch column. */
    SqlStatement merge(List<RowChange> changes, LocalDateTime now) {
        List<String> written = writtenColumns(changes);
        List<String> source = new ArrayList<>(tool.keyColumns());
        List<String> types = new ArrayList<>(types(tool.keyColumns()));
        source.add(OP);
        types.add("VARCHAR");
        written.forEach(c -> {
            source.add(c);
            types.add(shapes.castType(tool, c));
            source.add(c + SET_SUFFIX);
            types.add("BOOLEAN");
        });
        SqlBuilder sql = new SqlBuilder(dialect).sql("MERGE INTO ").table(tool.table()).sql(" AS t USING ");
        dialect.appendRows(sql, "s", source, types, changes.stream().map(c -> sourceRow(c, written)).toList());
        onKeys(sql);
        if (changes.stream().anyMatch(c -> c instanceof RowChange.Delete)) {
            sql.sql(" WHEN MATCHED AND s.").identifier(OP).sql(" = 'D' THEN DELETE");
        }
        if (changes.stream().anyMatch(c -> c instanceof RowChange.Update)) {
            updateClause(sql, written, now);
        }
        if (changes.stream().anyMatch(c -> c instanceof RowChange.Insert)) {
            insertClause(sql, written, now);
        }
        return sql.build();
    }

    /** The source row of a change: keys, operation, then (value, whether to set it) per written column. */
    private static List<Object> sourceRow(RowChange change, List<String> written) {
        List<Object> row = new ArrayList<>(change.key().values());
        row.add(switch (change) {
            case RowChange.Update u -> "U";
            case RowChange.Insert i -> "I";
            case RowChange.Delete d -> "D";
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
        return row;
    }

    private void updateClause(SqlBuilder sql, List<String> written, LocalDateTime now) {
        sql.sql(" WHEN MATCHED AND s.").identifier(OP).sql(" = 'U' THEN UPDATE SET ");
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
        sql.sql(" WHEN NOT MATCHED AND s.").identifier(OP).sql(" = 'I' THEN INSERT (").identifiers(columns);
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

    private SqlBuilder onKeys(SqlBuilder sql) {
        for (int k = 0; k < tool.keyColumns().size(); k++) {
            String key = tool.keyColumns().get(k);
            sql.sql(k == 0 ? " ON t." : " AND t.").identifier(key).sql(" = s.").identifier(key);
        }
        return sql;
    }

    private List<String> types(List<String> columns) {
        return columns.stream().map(c -> shapes.castType(tool, c)).toList();
    }
}
