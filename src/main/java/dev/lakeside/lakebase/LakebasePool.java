package dev.lakeside.lakebase;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The connection pool to Lakebase: a Hikari pool over {@link FreshPasswordDataSource}, whose
 * connections are retired after {@code maxLifetime} (under the 1 h token lifetime) and replaced
 * by new ones that log in with a new token.
 */
final class LakebasePool {

    private LakebasePool() {
    }

    static HikariDataSource open(LakebaseProperties properties, LakebasePassword password) {
        if (properties.host() == null || properties.user() == null) {
            throw new IllegalStateException("lakeside.writeback.store=lakebase needs PGHOST and PGUSER "
                    + "(lakeside.lakebase.host and .user); add a database resource to the app");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("lakebase");
        config.setDataSource(new FreshPasswordDataSource(url(properties), connectionProperties(properties), password));
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(Math.min(1, properties.poolSize()));
        config.setMaxLifetime(properties.maxLifetime().toMillis());
        config.setConnectionTimeout(properties.connectTimeout().toMillis());
        // The pool starts even if Lakebase is briefly unreachable; the first use reports the failure.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** {@code jdbc:postgresql://host:port/database?sslmode=...&ApplicationName=...}. */
    static String url(LakebaseProperties properties) {
        return "jdbc:postgresql://" + properties.host() + ":" + properties.port() + "/" + encode(properties.database())
                + "?sslmode=" + encode(properties.sslmode()) + "&ApplicationName=" + encode(properties.appName());
    }

    static Properties connectionProperties(LakebaseProperties properties) {
        Properties connection = new Properties();
        connection.setProperty("user", properties.user());
        connection.setProperty("sslmode", properties.sslmode());
        connection.setProperty("ApplicationName", properties.appName());
        connection.setProperty("connectTimeout", Long.toString(properties.connectTimeout().toSeconds()));
        return connection;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
