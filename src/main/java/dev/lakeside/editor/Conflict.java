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
            // The row is gone: re-inserting it would leave the columns the tool does not edit empty.
            default -> throw new EditRefused("Row " + mine.key().toText(tool.keyColumns())
                    + " was deleted by someone else; your change cannot be kept.");
        };
    }

    /** Whether "Keep mine" can be offered: not for a row someone else deleted. */
    boolean canKeepMine() {
        return current != null;
    }
}
