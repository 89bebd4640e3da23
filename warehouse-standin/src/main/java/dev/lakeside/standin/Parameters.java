package dev.lakeside.standin;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * The {@code parameters} of an execute request, {@code {"ordinal":1,"type":"STRING","value":"..."}} as
 * databricks-jdbc sends them (or {@code "name"} for named markers), turned into the Java values Spark binds
 * as typed literals. A parameter without a value is SQL NULL.
 */
final class Parameters {

    private Parameters() {
    }

    static Object[] positional(JsonNode parameters) {
        if (parameters == null || !parameters.isArray()) {
            return new Object[0];
        }
        Object[] values = new Object[parameters.size()];
        for (JsonNode parameter : parameters) {
            int ordinal = parameter.path("ordinal").asInt(0);
            if (ordinal < 1 || ordinal > values.length) {
                throw new IllegalArgumentException("Parameter ordinal out of range: " + parameter);
            }
            values[ordinal - 1] = value(parameter);
        }
        return values;
    }

    private static Object value(JsonNode parameter) {
        JsonNode value = parameter.get("value");
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText();
        String type = parameter.path("type").asText("STRING").toUpperCase(Locale.ROOT);
        String base = type.replaceAll("\\(.*", "").trim();
        return switch (base) {
            case "BOOLEAN" -> Boolean.parseBoolean(text);
            case "TINYINT", "BYTE" -> Byte.parseByte(text);
            case "SMALLINT", "SHORT" -> Short.parseShort(text);
            case "INT", "INTEGER" -> Integer.parseInt(text);
            case "BIGINT", "LONG" -> Long.parseLong(text);
            case "FLOAT", "REAL" -> Float.parseFloat(text);
            case "DOUBLE" -> Double.parseDouble(text);
            case "DECIMAL", "NUMERIC" -> new BigDecimal(text);
            case "DATE" -> LocalDate.parse(text);
            case "TIMESTAMP_NTZ" -> LocalDateTime.parse(text.replace(' ', 'T'));
            case "TIMESTAMP" -> timestamp(text);
            case "VOID", "NULL" -> null;
            default -> text;
        };
    }

    /** A TIMESTAMP parameter: with an offset or zone as sent, or a wall-clock time in the session's zone (UTC). */
    private static Object timestamp(String text) {
        String iso = text.trim().replace(' ', 'T');
        if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(iso).toInstant();
        }
        return LocalDateTime.parse(iso).toInstant(java.time.ZoneOffset.UTC);
    }
}
