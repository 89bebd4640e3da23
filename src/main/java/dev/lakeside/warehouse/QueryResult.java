package dev.lakeside.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The immutable, typed result of a query: its columns and rows. Safe to cache and to share
 * between threads.
 */
public final class QueryResult {

    private final List<ColumnInfo> columns;
    private final List<Row> rows;
    private final long estimatedBytes;

    private QueryResult(List<ColumnInfo> columns, List<Row> rows, long estimatedBytes) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.estimatedBytes = estimatedBytes;
    }

    /** Builds a result from column descriptions and rows of plain, immutable values. */
    public static QueryResult of(List<ColumnInfo> columns, List<List<Object>> rowValues) {
        Map<String, Integer> sharedPositions = positions(columns);
        long bytes = 64 + 48L * columns.size();
        List<Row> rows = new ArrayList<>(rowValues.size());
        for (List<Object> values : rowValues) {
            rows.add(new Row(sharedPositions, values));
            bytes += 32 + values.stream().mapToLong(QueryResult::estimateBytes).sum();
        }
        return new QueryResult(columns, rows, bytes);
    }

    /** Column positions by lower-case name, shared by all rows of one result. */
    static Map<String, Integer> positions(List<ColumnInfo> columns) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            positions.putIfAbsent(columns.get(i).name().toLowerCase(Locale.ROOT), i);
        }
        return Map.copyOf(positions);
    }

    public List<ColumnInfo> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public Stream<Row> stream() {
        return rows.stream();
    }

    /** Maps every row, for turning results into a feature's own records. */
    public <T> List<T> map(Function<Row, T> mapper) {
        return rows.stream().map(mapper).toList();
    }

    /** The single value of a one-row, one-column result, such as a count. */
    public Object singleValue() {
        if (rows.size() != 1 || columns.size() != 1) {
            throw new IllegalStateException("Expected one value but got " + rows.size() + " rows");
        }
        return rows.getFirst().get(0);
    }

    /** A rough heap size, used to bound the query cache in bytes. */
    public long estimatedBytes() {
        return estimatedBytes;
    }

    private static long estimateBytes(Object value) {
        return switch (value) {
            case null -> 8;
            case String s -> 48 + 2L * s.length();
            case BigDecimal d -> 64;
            default -> 24;
        };
    }

    @Override
    public String toString() {
        return "QueryResult" + columns.stream().map(ColumnInfo::name).toList() + " x " + rows.size();
    }
}
