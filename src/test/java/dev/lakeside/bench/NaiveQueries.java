package dev.lakeside.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: how the seed articles' Streamlit and Dash apps read the warehouse
 * ({@code sql.connect(...)}, {@code cursor.execute(query)}, {@code fetchall_arrow().to_pandas()}),
 * written in Java. A new connection for every query, no cache, and every row of the result loaded
 * into memory (one map per row, like a data frame). Values are bound as parameters all the same:
 * the articles' string formatting is an injection hole, not a speed-up.
 */
public final class NaiveQueries {

    private final String url;

    public NaiveQueries(Path databaseFile) {
        this.url = "jdbc:duckdb:" + databaseFile.toAbsolutePath();
    }

    /** Connects, runs the query, reads the whole result, disconnects. */
    public List<Map<String, Object>> fetchAll(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), rows.getObject(c));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Naive query failed: " + sql, e);
        }
    }
}
