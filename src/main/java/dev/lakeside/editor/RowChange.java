package dev.lakeside.editor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is to happen to one row when the pending changes are saved. */
sealed interface RowChange {

    RowKey key();

    /**
     * New values for some columns of an existing row.
     *
     * @param loaded the row as the user loaded it: the base the conflict check compares with
     * @param edits  column to new value
     */
    record Update(RowKey key, EditorRow loaded, Map<String, Object> edits) implements RowChange {
        public Update {
            edits = Collections.unmodifiableMap(new LinkedHashMap<>(edits));
        }
    }

    /** A new row; values holds the keys and the editable columns. */
    record Insert(RowKey key, Map<String, Object> values) implements RowChange {
        public Insert {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** Removes an existing row, as loaded. */
    record Delete(RowKey key, EditorRow loaded) implements RowChange {
    }
}
