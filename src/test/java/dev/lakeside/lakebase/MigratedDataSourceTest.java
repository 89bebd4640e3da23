package dev.lakeside.lakebase;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lakebase (or the workspace giving its passwords) unreachable at start-up: the start goes on, the first use
 * while it is still unreachable fails as a connection problem, and the first use after it answers migrates.
 */
class MigratedDataSourceTest {

    @Test
    void unreachableAtStart_startGoesOn_andTheFirstUseAfterwardsMigrates() throws SQLException {
        EmbeddedLakebase lakebase = EmbeddedLakebase.create();
        EmbeddedLakebase.RotatingTokens tokens = lakebase.rotatingTokens();
        AtomicBoolean workspaceDown = new AtomicBoolean(true);
        LakebasePassword password = () -> {
            if (workspaceDown.get()) {
                throw new IllegalStateException("The Databricks workspace cannot be reached");
            }
            return tokens.next();
        };
        LakebaseProperties properties = lakebase.properties("disable", Duration.ofMinutes(45));
        LakebaseProperties quick = new LakebaseProperties(properties.host(), properties.port(), properties.database(),
                properties.user(), "disable", "lakeside-test", null, null, null, 3, Duration.ofMinutes(45), Duration.ofSeconds(1));
        try (HikariDataSource pool = LakebasePool.open(quick, password)) {
            MigratedDataSource migrated = new MigratedDataSource(pool);

            migrated.migrateNow(); // logs, does not throw
            assertThatThrownBy(migrated::getConnection).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Lakebase cannot be reached").extracting(e -> ((SQLException) e).getSQLState())
                    .isEqualTo("08001");

            workspaceDown.set(false);
            try (Connection connection = migrated.getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
        assertThat(LakebaseMigrationsTest.strings(lakebase.admin(),
                "SELECT version FROM lakeside_meta.lakebase_schema_history WHERE version IS NOT NULL")).containsExactly("1");
    }
}
