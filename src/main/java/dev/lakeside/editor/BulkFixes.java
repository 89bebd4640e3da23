package dev.lakeside.editor;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Clean-up of a column with an allowed-values rule: the invalid values grouped with how often
 * each occurs and a proposed replacement; a preview of exactly the rows a choice of fixes
 * changes; and applying that preview as one audited, conflict-checked change-set.
 */
@Service
class BulkFixes {

    private static final int MAX_GROUPS = 100;
    private static final int MAX_PREVIEW_ROWS = 10_000;

    private final EditorService editor;
    private final ValueRules rules;
    private final Warehouse warehouse;

    BulkFixes(EditorService editor, ValueRules rules, Warehouse warehouse) {
        this.editor = editor;
        this.rules = rules;
        this.warehouse = warehouse;
    }

    /** One invalid value, how many rows hold it and what it most likely should be (or null). */
    record Suggestion(String invalidValue, long rows, String replacement) {
    }

    /** The rows a set of fixes would change, as the pending updates that would change them. */
    record Preview(EditorTool tool, String column, List<RowChange.Update> changes) {
        Preview {
            changes = List.copyOf(changes);
        }
    }

    List<Suggestion> suggestions(EditorTool tool, String column) {
        Set<String> allowed = rules.allowedValues(tool, column);
        Optional<Vocabulary> vocabulary = rules.vocabulary(tool, column);
        SqlBuilder sql = new SqlBuilder(warehouse.dialect()).sql("SELECT ").identifier(column)
                .sql(" AS invalid_value, count(*) AS row_count FROM ").table(tool.table()).sql(" WHERE ")
                .identifier(column).sql(" IS NOT NULL AND ").identifier(column).sql(" NOT IN (").values(allowed)
                .sql(") GROUP BY ").identifier(column).sql(" ORDER BY row_count DESC, invalid_value LIMIT ")
                .integer(MAX_GROUPS);
        return warehouse.query(sql.build()).map(row -> {
            String invalid = row.getString("invalid_value");
            String replacement = vocabulary.flatMap(v -> v.suggest(invalid))
                    .or(() -> Spelling.closest(invalid, allowed)).orElse(null);
            return new Suggestion(invalid, row.getLong("row_count"), replacement);
        });
    }

    /** The rows holding the chosen invalid values, each with its replacement; fixes map invalid to new value. */
    Preview preview(EditorTool tool, String column, Map<String, String> fixes) {
        Map<String, String> chosen = new java.util.LinkedHashMap<>();
        fixes.forEach((from, to) -> {
            if (to != null && !to.isBlank()) {
                chosen.put(from, to);
            }
        });
        if (chosen.isEmpty()) {
            return new Preview(tool, column, List.of());
        }
        SqlBuilder sql = new SqlBuilder(warehouse.dialect()).sql("SELECT ").identifiers(tool.allowedColumns())
                .sql(" FROM ").table(tool.table()).sql(" WHERE ").identifier(column).sql(" IN (")
                .values(chosen.keySet()).sql(") ORDER BY ").identifiers(tool.keyColumns()).sql(" LIMIT ")
                .integer(MAX_PREVIEW_ROWS);
        List<RowChange.Update> changes = new ArrayList<>();
        warehouse.query(sql.build()).rows().forEach(row -> {
            EditorRow loaded = ChangeSetWriter.toRow(tool, row);
            String replacement = chosen.get(Objects.toString(loaded.get(column)));
            ValueRules.Checked checked = rules.check(tool, column, replacement);
            changes.add(new RowChange.Update(loaded.key(tool.keyColumns()), loaded,
                    Map.of(column, checked.isValid() ? checked.value() : replacement)));
        });
        return new Preview(tool, column, changes);
    }

    /** Writes exactly the previewed rows; any that changed since the preview make it a conflict. */
    SaveResult apply(Preview preview) {
        return editor.save(new PendingChanges(preview.tool(), new ArrayList<>(preview.changes())));
    }
}
