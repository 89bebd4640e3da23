package dev.lakeside.annotate;

import java.util.List;

/**
 * One item to label, as read from the task's source table.
 *
 * @param key       the item's key, as text
 * @param fields    the shown columns and their values, in configured order
 * @param imagePath the image path from the image column, or null
 */
record Item(String key, List<Field> fields, String imagePath) {

    Item {
        fields = List.copyOf(fields);
    }

    /** A column shown to the annotator. */
    record Field(String column, String value) {
    }
}
