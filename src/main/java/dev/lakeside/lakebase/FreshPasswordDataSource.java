package dev.lakeside.lakebase;

import org.postgresql.Driver;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens physical Postgres connections, each with a password asked for just then: the pool (Hikari)
 * calls {@link #getConnection()} once per new physical connection, so every connection logs in with
 * a fresh token and the pool never holds a password of its own.
 */
final class FreshPasswordDataSource implements DataSource {

    private final String url;
    private final Properties properties;
    private final LakebasePassword password;
    private final Driver driver = new Driver();

    /**
     * @param url        the JDBC URL, with sslmode and application name
     * @param properties connection properties without a password (at least {@code user})
     */
    FreshPasswordDataSource(String url, Properties properties, LakebasePassword password) {
        this.url = url;
        this.properties = (Properties) properties.clone();
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Properties login = (Properties) properties.clone();
        login.setProperty("password", password.next());
        Connection connection = driver.connect(url, login);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + url);
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String ignored) throws SQLException {
        throw new SQLFeatureNotSupportedException("Lakebase connections take their user from lakeside.lakebase.user");
    }

    String url() {
        return url;
    }

    Properties properties() {
        return (Properties) properties.clone();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Logging goes through the driver's java.util.logging, not a writer.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        properties.setProperty("loginTimeout", Integer.toString(seconds));
    }

    @Override
    public int getLoginTimeout() {
        return Integer.parseInt(properties.getProperty("loginTimeout", "0"));
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
