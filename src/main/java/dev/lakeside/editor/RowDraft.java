package dev.lakeside.editor;

import java.util.HashMap;
import java.util.Map;

/** The row form's working copy: column to typed text. Bound by a buffered Binder, never cached. */
final class RowDraft {

    private final Map<String, String> texts = new HashMap<>();

    static RowDraft of(EditorRow row, Iterable<String> columns) {
        RowDraft draft = new RowDraft();
        for (String column : columns) {
            String text = row == null ? "" : ValueText.format(row.get(column));
            draft.set(column, text == null ? "" : text);
        }
        return draft;
    }

    String get(String column) {
        return texts.getOrDefault(column, "");
    }

    void set(String column, String text) {
        texts.put(column, text);
    }
}
