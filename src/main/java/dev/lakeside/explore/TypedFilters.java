package dev.lakeside.explore;

import dev.lakeside.catalog.ColumnKind;
import dev.lakeside.warehouse.Filter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Turns filters as typed into warehouse filters with values of the column's type. */
final class TypedFilters {

    private TypedFilters() {
    }

    static List<Filter> of(TableSchema schema, List<ColumnFilter> filters) {
        return filters.stream().map(f -> of(f, schema.kind(f.column()))).toList();
    }

    static Filter of(ColumnFilter filter, ColumnKind kind) {
        return switch (filter) {
            case ColumnFilter.Contains c -> {
                if (kind != ColumnKind.TEXT) {
                    throw new IllegalArgumentException("Only text columns have a contains filter: " + c.column());
                }
                yield new Filter.Contains(c.column(), c.text());
            }
            case ColumnFilter.Range r -> new Filter.Between(r.column(), lower(r.from(), kind, r.column()),
                    upper(r.to(), kind, r.column()));
            case ColumnFilter.AnyOf a -> new Filter.OneOf(a.column(),
                    a.values().stream().map(v -> value(v, kind, a.column())).toList());
        };
    }

    private static Object lower(String text, ColumnKind kind, String column) {
        return text == null ? null : kind == ColumnKind.TIMESTAMP
                ? date(text, column).atStartOfDay()
                : value(text, kind, column);
    }

    /** A timestamp range ends at the end of its last day, so "to 2026-03-01" includes that day. */
    private static Object upper(String text, ColumnKind kind, String column) {
        return text == null ? null : kind == ColumnKind.TIMESTAMP
                ? date(text, column).atTime(LocalTime.MAX)
                : value(text, kind, column);
    }

    static Object value(String text, ColumnKind kind, String column) {
        return switch (kind) {
            case NUMBER -> number(text, column);
            case DATE -> date(text, column);
            case TIMESTAMP -> date(text, column).atStartOfDay();
            case BOOLEAN -> Boolean.parseBoolean(text);
            case TEXT, OTHER -> text;
        };
    }

    private static BigDecimal number(String text, String column) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number for " + column + ": " + text);
        }
    }

    private static LocalDate date(String text, String column) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date (yyyy-mm-dd) for " + column + ": " + text);
        }
    }
}
