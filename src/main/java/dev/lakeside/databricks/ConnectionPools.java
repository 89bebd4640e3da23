package dev.lakeside.databricks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connections to the warehouse, one HikariCP pool per credential: the app's own pool (service
 * principal or local token), and one small pool per signed-in user's access token. A connection
 * carries exactly one token, so statements of different users never share one. A user's token
 * changes about hourly (the proxy sends a fresh one); the new token gets a new pool and the old one
 * is closed once unused for {@code userPoolIdle}. Pools open connections lazily, so a stopped
 * warehouse does not block start-up.
 */
final class ConnectionPools implements AutoCloseable {

    private final DatabricksProperties properties;
    private final String jdbcUrl;
    private final AtomicInteger poolNumber = new AtomicInteger();
    private final Cache<String, HikariDataSource> userPools;
    private volatile HikariDataSource appPool;

    ConnectionPools(DatabricksProperties properties, WorkspaceAddress address) {
        this.properties = properties;
        this.jdbcUrl = address.jdbcUrl(properties.warehouseId());
        this.userPools = Caffeine.newBuilder()
                .expireAfterAccess(properties.userPoolIdle())
                .maximumSize(1000)
                .removalListener((String token, HikariDataSource pool, RemovalCause cause) -> {
                    if (pool != null) {
                        pool.close();
                    }
                })
                .build();
    }

    /** A connection that authenticates with exactly this credential. */
    Connection connect(Credentials.Credential credential) throws SQLException {
        return credential.isApp() ? forApp() : forToken(credential.accessToken());
    }

    /** A connection as the app itself: its service principal, or the configured token locally. */
    Connection forApp() throws SQLException {
        HikariDataSource pool = appPool;
        if (pool == null) {
            synchronized (this) {
                if (appPool == null) {
                    appPool = pool("lakeside-app", properties.hasServicePrincipal()
                            ? DriverSettings.servicePrincipal(properties)
                            : DriverSettings.accessToken(properties, properties.token()));
                }
                pool = appPool;
            }
        }
        return pool.getConnection();
    }

    /** A connection that authenticates with this user's token and no other. */
    Connection forToken(String accessToken) throws SQLException {
        HikariDataSource pool = userPools.get(accessToken,
                token -> pool("lakeside-user-" + poolNumber.incrementAndGet(), DriverSettings.accessToken(properties, token)));
        return pool.getConnection();
    }

    /** Number of open user pools, for tests and metrics. */
    long userPoolCount() {
        userPools.cleanUp();
        return userPools.estimatedSize();
    }

    private HikariDataSource pool(String name, Properties driverProperties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDriverClassName(DriverSettings.DRIVER_CLASS);
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(driverProperties);
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(0);
        config.setMaxLifetime(properties.maxConnectionLife().toMillis());
        config.setIdleTimeout(Math.min(properties.maxConnectionLife().toMillis() - 1000, 600_000));
        config.setConnectionTimeout(30_000);
        // Open lazily: no connection (and no warehouse start) before the first query.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    @Override
    public void close() {
        userPools.invalidateAll();
        userPools.cleanUp();
        if (appPool != null) {
            appPool.close();
        }
    }
}
