package dev.lakeside.lakebase;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import javax.sql.DataSource;

/**
 * The Lakebase pool, handing out connections only once the schema is migrated. The migration is tried at
 * start-up ({@link #migrateNow}), but a Lakebase or workspace that cannot be reached then (no password, no
 * login) does not stop the start: it is logged, and the first connection asked for later migrates first.
 */
final class MigratedDataSource implements DataSource {

    private static final Logger log = LoggerFactory.getLogger(MigratedDataSource.class);

    private final DataSource pool;
    private volatile boolean migrated;

    MigratedDataSource(DataSource pool) {
        this.pool = pool;
    }

    /** Migrates now if Lakebase answers; otherwise leaves it to the first use. */
    void migrateNow() {
        try {
            ensureMigrated();
        } catch (SQLException e) {
            log.warn("Lakebase schema not migrated at start-up, tried again at first use: {}", e.getMessage());
        }
    }

    private void ensureMigrated() throws SQLException {
        if (migrated) {
            return;
        }
        synchronized (this) {
            if (!migrated) {
                try {
                    LakebaseMigrations.migrate(pool);
                } catch (RuntimeException e) { // Flyway wraps the failed login of the pool
                    throw new SQLException("Lakebase cannot be reached or migrated: " + e.getMessage(), "08001", e);
                }
                migrated = true;
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        ensureMigrated();
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("Lakebase logs in as the configured user with a fresh token");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
