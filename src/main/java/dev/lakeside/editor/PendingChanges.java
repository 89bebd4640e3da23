package dev.lakeside.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The changes a user has made but not saved yet, one {@link RowChange} per row. Kept by the
 * view for its session; the service turns them into one change-set. Not thread-safe.
 */
final class PendingChanges {

    private final EditorTool tool;
    private final Map<RowKey, RowChange> changes = new LinkedHashMap<>();

    PendingChanges(EditorTool tool) {
        this.tool = tool;
    }

    PendingChanges(EditorTool tool, List<RowChange> initial) {
        this(tool);
        initial.forEach(change -> changes.put(change.key(), change));
    }

    /** Records new values for an existing row; values equal to the loaded ones drop their edit. */
    void edit(EditorRow loaded, Map<String, Object> newValues) {
        RowKey key = loaded.key(tool.keyColumns());
        Map<String, Object> edits = new LinkedHashMap<>();
        if (changes.get(key) instanceof RowChange.Update previous) {
            edits.putAll(previous.edits());
            loaded = previous.loaded();
        }
        for (Map.Entry<String, Object> value : newValues.entrySet()) {
            if (ValueText.same(loaded.get(value.getKey()), value.getValue())) {
                edits.remove(value.getKey());
            } else {
                edits.put(value.getKey(), value.getValue());
            }
        }
        if (edits.isEmpty()) {
            changes.remove(key);
        } else {
            changes.put(key, new RowChange.Update(key, loaded, edits));
        }
    }

    void insert(Map<String, Object> values) {
        RowKey key = new RowKey(tool.keyColumns().stream().map(values::get).toList());
        changes.put(key, new RowChange.Insert(key, values));
    }

    void delete(EditorRow loaded) {
        RowKey key = loaded.key(tool.keyColumns());
        if (changes.get(key) instanceof RowChange.Update previous) {
            loaded = previous.loaded();
        }
        changes.put(key, new RowChange.Delete(key, loaded));
    }

    /** Forgets the pending change of one row. */
    void discard(RowKey key) {
        changes.remove(key);
    }

    void replace(RowChange change) {
        changes.put(change.key(), change);
    }

    void clear() {
        changes.clear();
    }

    Optional<RowChange> of(RowKey key) {
        return Optional.ofNullable(changes.get(key));
    }

    /** The row as the user now sees it: the loaded values with pending edits applied. */
    EditorRow shown(EditorRow loaded) {
        return switch (changes.get(loaded.key(tool.keyColumns()))) {
            case RowChange.Update update -> loaded.with(update.edits());
            case null, default -> loaded;
        };
    }

    boolean isEdited(EditorRow row, String column) {
        return changes.get(row.key(tool.keyColumns())) instanceof RowChange.Update u && u.edits().containsKey(column);
    }

    boolean isDeleted(EditorRow row) {
        return changes.get(row.key(tool.keyColumns())) instanceof RowChange.Delete;
    }

    List<RowChange> all() {
        return new ArrayList<>(changes.values());
    }

    int size() {
        return changes.size();
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    EditorTool tool() {
        return tool;
    }
}
