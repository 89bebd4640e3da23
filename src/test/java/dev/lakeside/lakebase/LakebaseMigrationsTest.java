package dev.lakeside.lakebase;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Flyway migrations on a real, empty PostgreSQL, then again as at the next start. */
class LakebaseMigrationsTest {

    private static EmbeddedLakebase lakebase;

    @BeforeAll
    static void emptyDatabase() {
        lakebase = EmbeddedLakebase.create();
    }

    @Test
    void emptyDatabase_getsTheSchema_andARestartAppliesNothingTwice() throws SQLException {
        assertThat(tables(lakebase.admin())).isEmpty();

        int first;
        try (HikariDataSource pool = pool()) {
            first = LakebaseMigrations.migrate(pool);
        }
        int second;
        try (HikariDataSource restarted = pool()) {
            second = LakebaseMigrations.migrate(restarted);
        }

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(tables(lakebase.admin())).containsExactly("annotation_answers", "annotation_final_labels",
                "audit_log", "lakebase_schema_history");
        assertThat(strings(lakebase.admin(), "SELECT version || ' ' || success FROM lakeside_meta.lakebase_schema_history"
                + " WHERE version IS NOT NULL")).containsExactly("1 true");
        assertThat(strings(lakebase.admin(), "SELECT tableowner FROM pg_tables WHERE tablename = 'annotation_answers'"))
                .containsExactly(lakebase.user());
    }

    private static HikariDataSource pool() {
        return LakebasePool.open(lakebase.properties("disable", Duration.ofMinutes(45)), lakebase.rotatingTokens());
    }

    private static List<String> tables(DataSource admin) throws SQLException {
        return strings(admin, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'lakeside_meta'"
                + " ORDER BY table_name");
    }

    static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
