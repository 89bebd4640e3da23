package dev.lakeside.editor;

import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The types of each tool's columns, read once from the warehouse (a query that returns no rows). */
@Component
class TableShapes {

    private final Warehouse warehouse;
    private final Map<String, Map<String, ColumnInfo>> shapes = new ConcurrentHashMap<>();

    TableShapes(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    ColumnInfo column(EditorTool tool, String column) {
        ColumnInfo info = of(tool).get(column);
        if (info == null) {
            throw new IllegalArgumentException("Column " + column + " is not part of tool " + tool.id());
        }
        return info;
    }

    Map<String, ColumnInfo> of(EditorTool tool) {
        return shapes.computeIfAbsent(tool.id(), id -> {
            Map<String, ColumnInfo> columns = new LinkedHashMap<>();
            warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT ").identifiers(tool.allowedColumns())
                    .sql(" FROM ").table(tool.table()).sql(" LIMIT 0").build()).columns()
                    .forEach(c -> columns.put(c.name(), c));
            return Map.copyOf(columns);
        });
    }

    /** The engine's type name, safe to put in a CAST: letters, digits, spaces, commas, parentheses. */
    String castType(EditorTool tool, String column) {
        String type = column(tool, column).typeName();
        if (!type.matches("[A-Za-z0-9_ (),]+")) {
            throw new IllegalStateException("Unexpected type name for " + column + ": " + type);
        }
        return type;
    }
}
