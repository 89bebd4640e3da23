package dev.lakeside.editor;

/**
 * A pending change whose row someone else changed (or removed, or created) since it was loaded:
 * it was not written, and the user chooses between their change and the current row.
 *
 * @param mine    the user's change
 * @param current the row as it is in the warehouse now, or null if it no longer exists
 */
record Conflict(RowChange mine, EditorRow current) {

    /** The user's change re-based on the current row: saving it again overwrites theirs knowingly. */
    RowChange keepMine(EditorTool tool) {
        return switch (mine) {
            case RowChange.Update u when current != null -> new RowChange.Update(u.key(), current, u.edits());
            case RowChange.Delete d when current != null -> new RowChange.Delete(d.key(), current);
            case RowChange.Insert i when current != null -> {
                java.util.Map<String, Object> edits = new java.util.LinkedHashMap<>(i.values());
                tool.keyColumns().forEach(edits::remove);
                yield new RowChange.Update(i.key(), current, edits);
            }
            default -> mine instanceof RowChange.Delete ? null
                    : new RowChange.Insert(mine.key(), insertValues(tool));
        };
    }

    private java.util.Map<String, Object> insertValues(EditorTool tool) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (int k = 0; k < tool.keyColumns().size(); k++) {
            values.put(tool.keyColumns().get(k), mine.key().values().get(k));
        }
        if (mine instanceof RowChange.Update u) {
            u.loaded().values().forEach((c, v) -> { if (tool.isEditable(c)) values.put(c, v); });
            values.putAll(u.edits());
        }
        return values;
    }
}
