package dev.lakeside.editor;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a change-set in one transaction: reads the current rows, refuses the whole set if any
 * row changed since it was loaded, otherwise one MERGE plus the audit entries. Callers have
 * already checked permissions and values.
 */
@Component
class ChangeSetWriter {

    private final Warehouse warehouse;
    private final TableShapes shapes;
    private final AuditTrail audit;

    ChangeSetWriter(Warehouse warehouse, TableShapes shapes, AuditTrail audit) {
        this.warehouse = warehouse;
        this.shapes = shapes;
        this.audit = audit;
    }

    SaveResult write(EditorTool tool, List<RowChange> changes, String userId) {
        MergeSql sql = new MergeSql(tool, shapes, warehouse.dialect());
        return warehouse.inTransaction(tx -> {
            Map<String, EditorRow> current = new HashMap<>();
            tx.query(sql.currentRows(changes.stream().map(RowChange::key).toList())).rows()
                    .forEach(row -> {
                        EditorRow editorRow = toRow(tool, row);
                        current.put(keyText(tool, editorRow.key(tool.keyColumns())), editorRow);
                    });
            List<Conflict> conflicts = new ArrayList<>();
            for (RowChange change : changes) {
                EditorRow now = current.get(keyText(tool, change.key()));
                if (conflicts(tool, change, now)) {
                    conflicts.add(new Conflict(change, now));
                }
            }
            if (!conflicts.isEmpty()) {
                return new SaveResult(null, 0, conflicts);
            }
            String changeSetId = UUID.randomUUID().toString();
            int written = tx.update(sql.merge(changes, LocalDateTime.now(ZoneOffset.UTC)));
            // Every change is exactly one row; any other count means the MERGE did not do what was
            // checked (e.g. a duplicated key), so throwing rolls the whole set back. A driver that
            // reports no count (negative, as JDBC allows) cannot be checked this way.
            if (written >= 0 && written != changes.size()) {
                throw new EditRefused("Nothing was written: the warehouse changed " + written + " rows for "
                        + changes.size() + " changes. Reload the rows and try again.");
            }
            List<AuditEntry> entries = new ArrayList<>();
            changes.forEach(change -> entries.addAll(auditEntries(tool, change,
                    current.get(keyText(tool, change.key())), userId, changeSetId)));
            audit.recordAll(tx, entries);
            return new SaveResult(changeSetId, changes.size(), List.of());
        });
    }

    /** Whether the row is no longer as the change expects it. */
    private static boolean conflicts(EditorTool tool, RowChange change, EditorRow now) {
        return switch (change) {
            case RowChange.Insert i -> now != null;
            case RowChange.Update u -> now == null || changedSince(tool, u.loaded(), now, u.edits().keySet());
            case RowChange.Delete d -> now == null || changedSince(tool, d.loaded(), now, tool.editableColumns());
        };
    }

    private static boolean changedSince(EditorTool tool, EditorRow loaded, EditorRow now,
                                        java.util.Collection<String> columns) {
        String version = tool.versionColumn();
        if (version != null && loaded.values().containsKey(version)) {
            return !ValueText.same(loaded.get(version), now.get(version));
        }
        return columns.stream().anyMatch(c -> !ValueText.same(loaded.get(c), now.get(c)));
    }

    private static List<AuditEntry> auditEntries(EditorTool tool, RowChange change, EditorRow before,
                                                 String userId, String changeSetId) {
        String key = change.key().toText(tool.keyColumns());
        List<AuditEntry> entries = new ArrayList<>();
        switch (change) {
            case RowChange.Update u -> u.edits().forEach((column, value) -> entries.add(entry(tool, userId, key,
                    column, before.get(column), value, changeSetId, AuditEntry.Kind.UPDATE)));
            case RowChange.Insert i -> i.values().forEach((column, value) -> entries.add(entry(tool, userId, key,
                    column, null, value, changeSetId, AuditEntry.Kind.INSERT)));
            case RowChange.Delete d -> tool.insertColumns().forEach(column -> entries.add(entry(tool, userId, key,
                    column, before.get(column), null, changeSetId, AuditEntry.Kind.DELETE)));
        }
        return entries;
    }

    private static AuditEntry entry(EditorTool tool, String userId, String key, String column, Object oldValue,
                                    Object newValue, String changeSetId, AuditEntry.Kind kind) {
        return new AuditEntry(userId, tool.table(), key, column, ValueText.format(oldValue),
                ValueText.format(newValue), tool.id(), changeSetId, kind);
    }

    static EditorRow toRow(EditorTool tool, Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        tool.allowedColumns().forEach(c -> values.put(c, row.get(c)));
        return new EditorRow(values);
    }

    /** Keys compared as text: a typed key (Long) and a read key (Integer) of the same row match. */
    private static String keyText(EditorTool tool, RowKey key) {
        return key.toText(tool.keyColumns());
    }
}
