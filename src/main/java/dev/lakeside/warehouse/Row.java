package dev.lakeside.warehouse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One immutable result row; values are read by column name or position. */
public final class Row {

    private final Map<String, Integer> positions;
    private final List<Object> values;

    Row(Map<String, Integer> positions, List<Object> values) {
        this.positions = positions;
        this.values = Collections.unmodifiableList(values);
    }

    public Object get(int position) {
        return values.get(position);
    }

    public Object get(String column) {
        Integer position = positions.get(column.toLowerCase(Locale.ROOT));
        if (position == null) {
            throw new IllegalArgumentException("No column " + column + " in " + positions.keySet());
        }
        return values.get(position);
    }

    public String getString(String column) {
        Object value = get(column);
        return value == null ? null : value.toString();
    }

    public Long getLong(String column) {
        Object value = get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    public Double getDouble(String column) {
        Object value = get(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    public BigDecimal getDecimal(String column) {
        Object value = get(column);
        return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }

    public LocalDate getDate(String column) {
        return (LocalDate) get(column);
    }

    public LocalDateTime getTimestamp(String column) {
        return (LocalDateTime) get(column);
    }

    public List<Object> values() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
