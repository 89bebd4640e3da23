package dev.lakeside.editor;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditRecord;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.identity.CurrentUser;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was changed with a tool (per tool or per row) and undoing a whole change-set. An undo is
 * a change-set of its own: audited, and refused if any of its rows changed since.
 */
@Service
class ChangeHistory {

    private static final int HISTORY_LIMIT = 500;

    private final AuditTrail audit;
    private final EditorService editor;
    private final ChangeSetWriter writer;
    private final TableShapes shapes;
    private final CurrentUser currentUser;

    ChangeHistory(AuditTrail audit, EditorService editor, ChangeSetWriter writer, TableShapes shapes,
                  CurrentUser currentUser) {
        this.audit = audit;
        this.editor = editor;
        this.writer = writer;
        this.shapes = shapes;
        this.currentUser = currentUser;
    }

    /** The latest changes made with the tool, newest first; only the row's when row is not null. */
    List<AuditRecord> of(EditorTool tool, EditorRow row) {
        String key = row == null ? null : row.key(tool.keyColumns()).toText(tool.keyColumns());
        return audit.history(tool.id(), key, HISTORY_LIMIT);
    }

    /**
     * Restores every value the change-set wrote, as one new change-set. If any of its rows changed
     * since, nothing is undone and the conflicts are returned.
     */
    SaveResult undo(EditorTool tool, String changeSetId) {
        editor.requireMayEdit(tool);
        List<AuditRecord> records = audit.changeSet(changeSetId);
        if (records.isEmpty() || records.stream().anyMatch(r -> !tool.id().equals(r.entry().tool()))) {
            throw new EditRefused("There is no change-set " + changeSetId + " in " + tool.title() + ".");
        }
        // The audit keeps only the key and editable columns: re-inserting would leave the others empty.
        if (records.stream().anyMatch(r -> r.entry().kind() == AuditEntry.Kind.DELETE)) {
            throw new EditRefused("This change-set deleted rows; undo cannot restore columns the tool does not edit. "
                    + "The deleted values are in the history.");
        }
        List<RowChange> changes = reverse(tool, records);
        // An undo is a change like any other: the tool's allowed operations apply to it too.
        changes.forEach(change -> editor.requireAllowed(tool, change));
        return writer.write(tool, changes, currentUser.get().userId());
    }

    private List<RowChange> reverse(EditorTool tool, List<AuditRecord> records) {
        Map<String, List<AuditEntry>> byRow = new LinkedHashMap<>();
        records.forEach(r -> byRow.computeIfAbsent(r.entry().rowKey(), k -> new ArrayList<>()).add(r.entry()));
        List<RowChange> changes = new ArrayList<>();
        byRow.forEach((keyText, entries) -> {
            RowKey key = RowKey.parse(keyText, tool, shapes);
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            entries.forEach(e -> {
                before.put(e.column(), value(tool, e.column(), e.oldValue()));
                after.put(e.column(), value(tool, e.column(), e.newValue()));
            });
            switch (entries.getFirst().kind()) {
                case UPDATE -> changes.add(new RowChange.Update(key, new EditorRow(withKey(tool, key, after)), before));
                case INSERT -> changes.add(new RowChange.Delete(key, new EditorRow(withKey(tool, key, after))));
                case DELETE -> changes.add(new RowChange.Insert(key, withKey(tool, key, before)));
            }
        });
        return changes;
    }

    private static Map<String, Object> withKey(EditorTool tool, RowKey key, Map<String, Object> values) {
        Map<String, Object> all = new LinkedHashMap<>(values);
        for (int k = 0; k < tool.keyColumns().size(); k++) {
            all.put(tool.keyColumns().get(k), key.values().get(k));
        }
        return all;
    }

    private Object value(EditorTool tool, String column, String text) {
        return ValueText.restore(shapes.column(tool, column), text);
    }
}
