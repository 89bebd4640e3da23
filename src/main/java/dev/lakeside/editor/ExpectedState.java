package dev.lakeside.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a change expects of its row when it is written, the one rule both the read-before check
 * and the guarded MERGE apply: an insert expects no row; an update or delete expects the row, with
 * the loaded version when the tool has a version column, else with the loaded values of the
 * columns it edits (an update) or of every editable column (a delete).
 *
 * @param loaded  the row as the user loaded it; null for an insert
 * @param columns the columns compared with {@code loaded}
 */
record ExpectedState(EditorRow loaded, List<String> columns) {

    ExpectedState {
        columns = List.copyOf(columns);
    }

    static ExpectedState of(EditorTool tool, RowChange change) {
        return switch (change) {
            case RowChange.Insert i -> new ExpectedState(null, List.of());
            case RowChange.Update u -> of(tool, u.loaded(), u.edits().keySet());
            case RowChange.Delete d -> of(tool, d.loaded(), tool.editableColumns());
        };
    }

    private static ExpectedState of(EditorTool tool, EditorRow loaded, Collection<String> columns) {
        String version = tool.versionColumn();
        if (version != null && loaded.values().containsKey(version)) {
            return new ExpectedState(loaded, List.of(version));
        }
        return new ExpectedState(loaded, new ArrayList<>(columns));
    }

    /** Every column some change of the set checks, in the tool's column order. */
    static List<String> checkedColumns(EditorTool tool, List<RowChange> changes) {
        Set<String> used = new LinkedHashSet<>();
        changes.forEach(change -> used.addAll(of(tool, change).columns()));
        return tool.allowedColumns().stream().filter(used::contains).toList();
    }

    /** Whether the row as it is now ({@code now}, null when absent) is what the change expects. */
    boolean holdsFor(EditorRow now) {
        if (loaded == null) {
            return now == null;
        }
        return now != null && columns.stream().allMatch(c -> ValueText.same(loaded.get(c), now.get(c)));
    }
}
