package dev.lakeside.annotate;

import dev.lakeside.lakebase.EmbeddedLakebase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Annotation with {@code lakeside.writeback.store=lakebase}: the warehouse is still the embedded
 * DuckDB (items, leases), answers, final labels and their audit go to a real PostgreSQL started by
 * the suite. One application context for all subclasses.
 */
@TestPropertySource(properties = "lakeside.writeback.store=lakebase")
abstract class LakebaseAnnotateTest extends AnnotateTest {

    private static final String PASSWORD = "local-test-password";
    private static EmbeddedLakebase lakebase;

    @DynamicPropertySource
    static void lakebase(DynamicPropertyRegistry registry) {
        EmbeddedLakebase database = database();
        registry.add("lakeside.lakebase.host", () -> "localhost");
        registry.add("lakeside.lakebase.port", database::port);
        registry.add("lakeside.lakebase.database", database::database);
        registry.add("lakeside.lakebase.user", database::user);
        registry.add("lakeside.lakebase.sslmode", () -> "disable");
        registry.add("lakeside.lakebase.password", () -> PASSWORD);
    }

    static synchronized EmbeddedLakebase database() {
        if (lakebase == null) {
            lakebase = EmbeddedLakebase.create();
            lakebase.setPassword(PASSWORD);
        }
        return lakebase;
    }

    /** Rows of a query on the Lakebase database, read as the superuser, each row's columns joined by spaces. */
    static List<String> postgres(String sql, Object... parameters) {
        try (Connection connection = database().admin().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<String> columns = new ArrayList<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        columns.add(result.getString(c));
                    }
                    rows.add(String.join(" ", columns));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void executeOnPostgres(String sql) {
        try (Connection connection = database().admin().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
