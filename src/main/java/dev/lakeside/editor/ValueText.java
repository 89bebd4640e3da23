package dev.lakeside.editor;

import dev.lakeside.warehouse.ColumnInfo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** Converts between the text a person types (or the audit log keeps) and a column's typed value. */
final class ValueText {

    private ValueText() {
    }

    /** Thrown for text that is not a value of the column's type; the message is for the user. */
    static final class NotAValue extends RuntimeException {
        NotAValue(String message) {
            super(message);
        }
    }

    static String format(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
    }

    /** The typed value of the text; blank text is no value (null). */
    static Object parse(ColumnInfo column, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            return switch (column.type()) {
                case TINYINT, SMALLINT, INTEGER, BIGINT -> Long.valueOf(trimmed);
                case DECIMAL, NUMERIC, DOUBLE, FLOAT, REAL -> new BigDecimal(trimmed);
                case BOOLEAN, BIT -> parseBoolean(trimmed);
                case DATE -> LocalDate.parse(trimmed);
                case TIMESTAMP -> LocalDateTime.parse(trimmed.replace(' ', 'T'));
                default -> text;
            };
        } catch (NumberFormatException e) {
            throw new NotAValue("Enter a number.");
        } catch (DateTimeParseException e) {
            throw new NotAValue(column.type() == java.sql.JDBCType.DATE ? "Enter a date as 2026-01-31."
                    : "Enter a time as 2026-01-31T08:00:00.");
        }
    }

    /** The typed value of text the audit log kept: exactly as written, blank text included. */
    static Object restore(ColumnInfo column, String text) {
        if (text == null) {
            return null;
        }
        return switch (column.type()) {
            case VARCHAR, CHAR, LONGVARCHAR, NVARCHAR, NCHAR, OTHER -> text;
            default -> parse(column, text);
        };
    }

    /** Whether two values of one column are the same value (1.5 and 1.50 are). */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof CharSequence || b instanceof CharSequence) {
            return Objects.equals(format(a), format(b));
        }
        return Objects.equals(a, b);
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new NotAValue("Enter true or false.");
        };
    }
}
