package dev.lakeside.explore;

import dev.lakeside.warehouse.Identifiers;

import java.util.List;

/**
 * A filter as the user set it, values still as typed. {@link ExploreService} checks the column
 * against the catalog and turns the text into typed, bound values by the column's type.
 */
public sealed interface ColumnFilter {

    String column();

    /** Text columns: case-insensitive substring. */
    record Contains(String column, String text) implements ColumnFilter {
        public Contains {
            Identifiers.requireValid(column);
        }
    }

    /** Number, date and timestamp columns: inclusive range; either end may be null (open). */
    record Range(String column, String from, String to) implements ColumnFilter {
        public Range {
            Identifiers.requireValid(column);
            from = blankToNull(from);
            to = blankToNull(to);
        }
    }

    /** Any column: the value is one of the listed ones. */
    record AnyOf(String column, List<String> values) implements ColumnFilter {
        public AnyOf {
            Identifiers.requireValid(column);
            values = List.copyOf(values);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
