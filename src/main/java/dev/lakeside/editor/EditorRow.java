package dev.lakeside.editor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of an edited table as it was read: column name to value (values may be null). */
record EditorRow(Map<String, Object> values) {

    EditorRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    Object get(String column) {
        return values.get(column);
    }

    RowKey key(List<String> keyColumns) {
        return new RowKey(keyColumns.stream().map(values::get).toList());
    }

    EditorRow with(Map<String, Object> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(changes);
        return new EditorRow(merged);
    }
}
