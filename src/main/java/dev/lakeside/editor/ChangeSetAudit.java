package dev.lakeside.editor;

import dev.lakeside.audit.AuditEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A change-set's audit entries, one per value, and the test of whether the table now holds what
 * they record: how a save whose confirmation failed, and the reconciler, tell a written change-set
 * from one that was not.
 */
final class ChangeSetAudit {

    private ChangeSetAudit() {
    }

    /** The entries of a change-set; {@code current} holds the rows as they were before it (by key text). */
    static List<AuditEntry> entries(EditorTool tool, List<RowChange> changes, Map<String, EditorRow> current,
                                    String userId, String changeSetId) {
        List<AuditEntry> entries = new ArrayList<>();
        for (RowChange change : changes) {
            String key = change.key().toText(tool.keyColumns());
            EditorRow before = current.get(key);
            switch (change) {
                case RowChange.Update u -> u.edits().forEach((column, value) -> entries.add(entry(tool, userId, key,
                        column, before.get(column), value, changeSetId, AuditEntry.Kind.UPDATE)));
                case RowChange.Insert i -> i.values().forEach((column, value) -> entries.add(entry(tool, userId, key,
                        column, null, value, changeSetId, AuditEntry.Kind.INSERT)));
                case RowChange.Delete d -> tool.insertColumns().forEach(column -> entries.add(entry(tool, userId, key,
                        column, before.get(column), null, changeSetId, AuditEntry.Kind.DELETE)));
            }
        }
        return entries;
    }

    /**
     * Whether the rows {@code now} (by key text, absent when deleted) hold every new value the entries
     * record: updated and inserted values in place, deleted rows gone.
     */
    static boolean holdsNewValues(EditorTool tool, TableShapes shapes, List<AuditEntry> entries,
                                  Map<String, EditorRow> now) {
        return entries.stream().allMatch(entry -> {
            EditorRow row = now.get(entry.rowKey());
            if (entry.kind() == AuditEntry.Kind.DELETE) {
                return row == null;
            }
            return row != null && ValueText.same(
                    ValueText.restore(shapes.column(tool, entry.column()), entry.newValue()), row.get(entry.column()));
        });
    }

    private static AuditEntry entry(EditorTool tool, String userId, String key, String column, Object oldValue,
                                    Object newValue, String changeSetId, AuditEntry.Kind kind) {
        return new AuditEntry(userId, tool.table(), key, column, ValueText.format(oldValue),
                ValueText.format(newValue), tool.id(), changeSetId, kind);
    }
}
