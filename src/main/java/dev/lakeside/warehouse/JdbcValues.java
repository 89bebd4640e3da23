package dev.lakeside.warehouse;

import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

    public static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    public static QueryResult read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int count = meta.getColumnCount();
        List<ColumnInfo> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(new ColumnInfo(meta.getColumnLabel(i), jdbcType(meta.getColumnType(i)), meta.getColumnTypeName(i)));
        }
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
