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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pool against a real PostgreSQL whose role password changes with every token issued, as
 * Lakebase tokens do: a connection opened with an old token would be refused.
 */
class LakebasePoolTest {

    private static EmbeddedLakebase lakebase;

    @BeforeAll
    static void database() {
        lakebase = EmbeddedLakebase.create();
    }

    @Test
    void eachNewPhysicalConnection_logsInWithAFreshToken() throws SQLException {
        EmbeddedLakebase.RotatingTokens tokens = lakebase.rotatingTokens();
        try (HikariDataSource pool = LakebasePool.open(lakebase.properties("disable", Duration.ofMinutes(45)), tokens)) {
            List<Connection> held = new ArrayList<>();
            Set<Integer> backends = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                held.add(pool.getConnection());
            }
            for (Connection connection : held) {
                backends.add(backendPid(connection)); // still usable after later tokens replaced its own
                connection.close();
            }

            assertThat(backends).hasSize(3);
            assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(3);
            assertThat(tokens.issued()).isEqualTo(3);
        }
    }

    @Test
    void brokenOrExpiredConnection_isReplacedByOneWithANewToken() throws SQLException {
        EmbeddedLakebase.RotatingTokens tokens = lakebase.rotatingTokens();
        LakebaseProperties one = new LakebaseProperties("localhost", lakebase.port(), lakebase.database(), lakebase.user(),
                "disable", "lakeside-test", null, null, null, 1, Duration.ofMinutes(45), Duration.ofSeconds(10));
        try (HikariDataSource pool = LakebasePool.open(one, tokens)) {
            int first;
            try (Connection connection = pool.getConnection()) {
                first = backendPid(connection);
                terminate(first); // the server closes it, as after a network drop
                assertThatThrownBy(() -> backendPid(connection)).isInstanceOf(SQLException.class);
            }
            int second;
            try (Connection connection = pool.getConnection()) {
                second = backendPid(connection);
            }
            assertThat(second).isNotEqualTo(first);
            assertThat(tokens.issued()).isEqualTo(2);

            pool.getHikariPoolMXBean().softEvictConnections(); // what reaching maxLifetime does
            int third;
            try (Connection connection = pool.getConnection()) {
                third = backendPid(connection);
            }
            assertThat(third).isNotIn(first, second);
            assertThat(tokens.issued()).isEqualTo(3);
        }
    }

    @Test
    void configuredPool_retiresConnectionsBeforeTheTokenHourEnds() {
        try (HikariDataSource pool = LakebasePool.open(lakebase.properties("disable", Duration.ofMinutes(45)),
                lakebase.rotatingTokens())) {
            assertThat(Duration.ofMillis(pool.getMaxLifetime())).isEqualTo(Duration.ofMinutes(45))
                    .isLessThan(Duration.ofHours(1));
        }
        assertThatThrownBy(() -> lakebase.properties("disable", Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("under 1 h");
    }

    @Test
    void sslmode_defaultsToRequire_andReachesTheDriver() {
        LakebaseProperties fromEnvironment = new LakebaseProperties("instance.database.cloud.databricks.com", 5432,
                "databricks_postgres", "sp-client-id", null, "lakeside", null, null, null, 5, Duration.ofMinutes(45),
                Duration.ofSeconds(10));

        assertThat(LakebasePool.url(fromEnvironment)).isEqualTo("jdbc:postgresql://instance.database.cloud.databricks.com"
                + ":5432/databricks_postgres?sslmode=require&ApplicationName=lakeside");
        assertThat(LakebasePool.connectionProperties(fromEnvironment)).containsEntry("sslmode", "require")
                .containsEntry("user", "sp-client-id").doesNotContainKey("password");
        // The test server has no TLS: with sslmode=require the driver refuses to log in without it.
        LakebaseProperties requireSsl = new LakebaseProperties("localhost", lakebase.port(), lakebase.database(),
                lakebase.user(), null, "lakeside-test", null, null, null, 1, Duration.ofMinutes(45), Duration.ofSeconds(1));
        try (HikariDataSource pool = LakebasePool.open(requireSsl, lakebase.rotatingTokens())) {
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLException.class)
                    .hasStackTraceContaining("does not support SSL");
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void terminate(int pid) throws SQLException {
        try (Connection admin = lakebase.admin().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }
}
