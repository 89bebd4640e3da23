package dev.lakeside.editor;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A row's key values, in key-column order. As text (for the audit log) a single key is its
 * value, as before change-sets existed; a composite key is {@code col=value&col=value}, URL-encoded.
 */
record RowKey(List<Object> values) {

    RowKey {
        // Not List.copyOf: a new row's blank key is null until the service refuses it with a message.
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    String toText(List<String> keyColumns) {
        if (keyColumns.size() == 1) {
            return ValueText.format(values.getFirst());
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < keyColumns.size(); i++) {
            text.append(i == 0 ? "" : "&").append(keyColumns.get(i)).append('=')
                    .append(URLEncoder.encode(ValueText.format(values.get(i)), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** The key's values as text, in key-column order; the inverse of {@link #toText}. */
    static List<String> parts(String text, List<String> keyColumns) {
        if (keyColumns.size() == 1) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        for (String pair : text.split("&", -1)) {
            parts.add(URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8));
        }
        return parts;
    }

    /** The typed key of a key as the audit log keeps it. */
    static RowKey parse(String text, EditorTool tool, TableShapes shapes) {
        List<String> parts = parts(text, tool.keyColumns());
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            values.add(ValueText.restore(shapes.column(tool, tool.keyColumns().get(i)), parts.get(i)));
        }
        return new RowKey(values);
    }
}
