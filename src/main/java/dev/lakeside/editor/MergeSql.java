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
 * {@code MERGE INTO ... USING (VALUES ...)}, every value a bound, typed parameter. Standard SQL
 * that DuckDB (1.4+) and Databricks both accept.
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

    /** SELECT the tool's columns of the rows with these keys (one statement, keys joined as VALUES). */
    SqlStatement currentRows(List<RowKey> keys) {
        SqlBuilder sql = new SqlBuilder(dialect).sql("SELECT ");
        int i = 0;
        for (String column : tool.allowedColumns()) {
            sql.sql(i++ == 0 ? "t." : ", t.").identifier(column);
        }
        sql.sql(" FROM ").table(tool.table()).sql(" AS t JOIN (VALUES ");
        for (int r = 0; r < keys.size(); r++) {
            sql.sql(r == 0 ? "(" : ", (");
            for (int k = 0; k < tool.keyColumns().size(); k++) {
                typedValue(sql.sql(k == 0 ? "" : ", "), tool.keyColumns().get(k), keys.get(r).values().get(k));
            }
            sql.sql(")");
        }
        sql.sql(") AS s(").identifiers(tool.keyColumns()).sql(")");
        return onKeys(sql).build();
    }

    /** One MERGE applying every change; {@code now} fills the touch column. */
    SqlStatement merge(List<RowChange> changes, LocalDateTime now) {
        List<String> written = writtenColumns(changes);
        List<String> source = new ArrayList<>(tool.keyColumns());
        source.add(OP);
        written.forEach(c -> {
            source.add(c);
            source.add(c + SET_SUFFIX);
        });
        SqlBuilder sql = new SqlBuilder(dialect).sql("MERGE INTO ").table(tool.table()).sql(" AS t USING (VALUES ");
        for (int r = 0; r < changes.size(); r++) {
            sourceRow(sql.sql(r == 0 ? "(" : ", ("), changes.get(r), written).sql(")");
        }
        onKeys(sql.sql(") AS s(").identifiers(source).sql(")"));
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

    private SqlBuilder sourceRow(SqlBuilder sql, RowChange change, List<String> written) {
        for (int k = 0; k < tool.keyColumns().size(); k++) {
            typedValue(sql.sql(k == 0 ? "" : ", "), tool.keyColumns().get(k), change.key().values().get(k));
        }
        String op = switch (change) {
            case RowChange.Update u -> "U";
            case RowChange.Insert i -> "I";
            case RowChange.Delete d -> "D";
        };
        sql.sql(", ").value(op);
        for (String column : written) {
            boolean set = switch (change) {
                case RowChange.Update u -> u.edits().containsKey(column);
                case RowChange.Insert i -> true;
                case RowChange.Delete d -> false;
            };
            Object value = switch (change) {
                case RowChange.Update u -> u.edits().get(column);
                case RowChange.Insert i -> i.values().get(column);
                case RowChange.Delete d -> null;
            };
            typedValue(sql.sql(", "), column, value).sql(", CAST(").value(set).sql(" AS BOOLEAN)");
        }
        return sql;
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

    /** A bound parameter cast to the column's type, so VALUES rows have the table's types. */
    private SqlBuilder typedValue(SqlBuilder sql, String column, Object value) {
        return sql.sql("CAST(").value(value).sql(" AS " + shapes.castType(tool, column) + ")");
    }
}
