package dev.lakeside.warehouse;

import java.io.IOException;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Moves values between JDBC and the immutable Java types a {@link QueryResult} holds. */
public final class JdbcValues {

    private JdbcValues() {
    }

    /** Binds the statement's parameters, runs it and reads the whole result. */
    public static QueryResult execute(PreparedStatement prepared, SqlStatement statement) throws SQLException {
        bind(prepared, statement.parameters());
        try (ResultSet resultSet = prepared.executeQuery()) {
            return read(resultSet);
        }
    }

    /**
     * Binds, runs and hands each row to the sink as it is read; keeps none. Checks {@code stopped}
     * every few rows because a cancel may not interrupt a result that is being fetched.
     */
    public static long stream(PreparedStatement prepared, SqlStatement statement, RowSink sink, BooleanSupplier stopped)
            throws SQLException, IOException {
        bind(prepared, statement.parameters());
        try (ResultSet resultSet = prepared.executeQuery()) {
            List<ColumnInfo> columns = columns(resultSet.getMetaData());
            Map<String, Integer> positions = QueryResult.positions(columns);
            sink.columns(columns);
            int count = columns.size();
            long rows = 0;
            while (resultSet.next()) {
                if ((rows & 1023) == 0 && stopped.getAsBoolean()) {
                    throw new SQLException("Streaming stopped after " + rows + " rows");
                }
                List<Object> values = new ArrayList<>(count);
                for (int i = 1; i <= count; i++) {
                    values.add(toImmutable(resultSet.getObject(i)));
                }
                sink.row(new Row(positions, values));
                rows++;
            }
            return rows;
        }
    }

    public static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) instanceof TextArray array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("VARCHAR",
                        array.values().toArray(String[]::new)));
            } else {
                bindOne(statement, i + 1, parameters.get(i));
            }
        }
    }

    /**
     * Typed setters for the types Lakeside binds: databricks-jdbc refuses {@code setObject} with a
     * BigDecimal, LocalDate or LocalDateTime ("Not supported object type"), which only a real engine showed.
     */
    private static void bindOne(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> bindNull(statement, index);
            case String text -> statement.setString(index, text);
            case Integer number -> statement.setInt(index, number);
            case Long number -> statement.setLong(index, number);
            case Double number -> statement.setDouble(index, number);
            case java.math.BigDecimal decimal -> statement.setBigDecimal(index, decimal);
            case Boolean bool -> statement.setBoolean(index, bool);
            case java.time.LocalDate date -> statement.setDate(index, java.sql.Date.valueOf(date));
            case java.time.LocalDateTime time -> statement.setTimestamp(index, java.sql.Timestamp.valueOf(time));
            default -> statement.setObject(index, value);
        }
    }

    /**
     * A null of no particular type, so PostgreSQL infers the column's; databricks-jdbc refuses {@code Types.NULL}
     * ("Not supported SQL type: 0", seen on the Spark stand-in), and there a text null casts to any type.
     */
    private static void bindNull(PreparedStatement statement, int index) throws SQLException {
        try {
            statement.setNull(index, java.sql.Types.NULL);
        } catch (java.sql.SQLFeatureNotSupportedException untyped) {
            statement.setNull(index, java.sql.Types.VARCHAR);
        }
    }

    public static QueryResult read(ResultSet resultSet) throws SQLException {
        List<ColumnInfo> columns = columns(resultSet.getMetaData());
        int count = columns.size();
        List<List<Object>> rows = new ArrayList<>();
        while (resultSet.next()) {
            List<Object> values = new ArrayList<>(count);
            for (int i = 1; i <= count; i++) {
                values.add(toImmutable(resultSet.getObject(i)));
            }
            rows.add(values);
        }
        return QueryResult.of(columns, rows);
    }

    private static List<ColumnInfo> columns(ResultSetMetaData meta) throws SQLException {
        int count = meta.getColumnCount();
        List<ColumnInfo> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(new ColumnInfo(meta.getColumnLabel(i), jdbcType(meta.getColumnType(i)), meta.getColumnTypeName(i)));
        }
        return columns;
    }

    /** Converts driver-specific and mutable JDBC values (Timestamp, Date, arrays) to plain immutable ones. */
    static Object toImmutable(Object value) {
        return switch (value) {
            case null -> null;
            case java.sql.Timestamp t -> t.toLocalDateTime();
            case java.sql.Date d -> d.toLocalDate();
            case java.sql.Time t -> t.toLocalTime();
            case String s -> s;
            case Number n -> n;
            case Boolean b -> b;
            case java.time.temporal.Temporal t -> t;
            case java.util.UUID u -> u;
            default -> value.toString();
        };
    }

    private static JDBCType jdbcType(int code) {
        try {
            return JDBCType.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return JDBCType.OTHER;
        }
    }
}
