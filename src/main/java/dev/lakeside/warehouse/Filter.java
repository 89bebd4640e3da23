package dev.lakeside.warehouse;

import java.util.List;

/** A condition on one column, pushed down to the warehouse as a bound-parameter predicate. */
public sealed interface Filter {

    String column();

    /** Case-insensitive substring match; {@code %} and {@code _} in the text match literally. */
    record Contains(String column, String text) implements Filter {
    }

    record EqualTo(String column, Object value) implements Filter {
    }

    /** Inclusive range; either bound may be null for an open end. */
    record Between(String column, Object from, Object to) implements Filter {
    }

    record OneOf(String column, List<?> values) implements Filter {
        public OneOf {
            values = List.copyOf(values);
        }
    }

    /** Rows whose value is null or not in the list. */
    record NoneOf(String column, List<?> values) implements Filter {
        public NoneOf {
            values = List.copyOf(values);
        }
    }
}
