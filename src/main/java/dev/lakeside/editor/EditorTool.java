package dev.lakeside.editor;

import dev.lakeside.warehouse.Identifiers;
import dev.lakeside.warehouse.TableName;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One configured table editor, checked: every column name is a plain identifier, editable and
 * ruled columns are among the shown ones, keys are never editable on existing rows.
 *
 * @param id              the tool's id, also its cache region
 * @param path            its route
 * @param columns         keys first, then the other shown columns
 * @param editableColumns columns a user may change on existing rows
 */
record EditorTool(String id, String title, String description, String icon, String path, double menuOrder,
                  TableName table, List<String> keyColumns, List<String> columns, List<String> editableColumns,
                  String searchColumn, String versionColumn, String touchColumn, boolean allowInsert,
                  boolean allowDelete, EditAccess access, Map<String, ColumnRule> rules) {

    private static final Pattern TOOL_ID = Pattern.compile("[a-z][a-z0-9-]{0,62}");

    static EditorTool from(String id, EditorProperties.Tool p) {
        require(TOOL_ID.matcher(id).matches(), "Tool id must be lower-case letters, digits and hyphens: " + id);
        require(p.table() != null, "lakeside.tools." + id + ".table is required");
        require(p.keyColumns() != null && !p.keyColumns().isEmpty(), "lakeside.tools." + id + ".key-columns is required");
        List<String> keys = valid(p.keyColumns());
        Set<String> shown = new LinkedHashSet<>(keys);
        shown.addAll(valid(p.columns()));
        List<String> editable = valid(p.editableColumns());
        for (String column : editable) {
            require(shown.contains(column), "Editable column " + column + " of tool " + id + " is not in its columns");
            require(!keys.contains(column), "Key column " + column + " of tool " + id + " cannot be editable");
        }
        p.rules().keySet().forEach(c -> require(shown.contains(c), "Rule for unknown column " + c + " in tool " + id));
        if (p.searchColumn() != null) {
            require(shown.contains(p.searchColumn()), "Search column of tool " + id + " is not in its columns");
        }
        Map<String, ColumnRule> rules = new java.util.LinkedHashMap<>();
        p.rules().forEach((column, rule) -> rules.put(column, ColumnRule.from(rule)));
        String path = p.route() != null ? p.route() : "edit/" + id;
        require(path.matches("[a-z0-9][a-z0-9/-]*"), "Route of tool " + id + " must be a plain path: " + path);
        return new EditorTool(id, p.title() != null ? p.title() : id, p.description(), p.icon(), path, p.menuOrder(),
                TableName.parse(p.table()), keys, List.copyOf(shown), editable, p.searchColumn(),
                optional(p.versionColumn()), optional(p.touchColumn()), p.allowInsert(), p.allowDelete(),
                new EditAccess(p.editors().users(), p.editors().groups()), Map.copyOf(rules));
    }

    boolean isEditable(String column) {
        return editableColumns.contains(column);
    }

    ColumnRule rule(String column) {
        return rules.getOrDefault(column, ColumnRule.NONE);
    }

    /** Columns a new row is given values for: keys, then editable columns. */
    List<String> insertColumns() {
        List<String> all = new ArrayList<>(keyColumns);
        all.addAll(editableColumns);
        return all;
    }

    /** Every column the tool may read, write or sort by: its allow-list for SQL. */
    Set<String> allowedColumns() {
        Set<String> all = new LinkedHashSet<>(columns);
        if (versionColumn != null) {
            all.add(versionColumn);
        }
        if (touchColumn != null) {
            all.add(touchColumn);
        }
        return all;
    }

    private static List<String> valid(List<String> names) {
        names.forEach(Identifiers::requireValid);
        return List.copyOf(names);
    }

    private static String optional(String column) {
        return column == null || column.isBlank() ? null : Identifiers.requireValid(column);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
