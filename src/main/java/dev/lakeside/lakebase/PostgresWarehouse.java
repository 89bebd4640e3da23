package dev.lakeside.lakebase;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.JdbcTransaction;
import dev.lakeside.warehouse.JdbcValues;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TablesWritten;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import dev.lakeside.warehouse.WarehouseException.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The {@link Warehouse} contract over a PostgreSQL pool (Lakebase), so write-back code builds its
 * statements with the same {@code SqlBuilder} and runs them in the same kind of transaction. Made
 * for the small reads and writes of app-owned tables: results are read whole.
 */
final class PostgresWarehouse implements Warehouse {

    private final DataSource pool;
    private final Duration defaultTimeout;
    private final Consumer<TablesWritten> onCommit;
    private final Dialect dialect = new PostgresDialect();

    PostgresWarehouse(DataSource pool, Duration defaultTimeout, Consumer<TablesWritten> onCommit) {
        this.pool = pool;
        this.defaultTimeout = defaultTimeout;
        this.onCommit = onCommit;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        if (options.handle() != null && options.handle().isCancelled()) {
            throw new WarehouseException(Reason.CANCELLED, "Query cancelled before it started", null);
        }
        Duration timeout = options.timeout() != null ? options.timeout() : defaultTimeout;
        try (Connection connection = pool.getConnection();
             PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            prepared.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            if (options.handle() != null) {
                options.handle().attach(() -> cancelQuietly(prepared));
            }
            try {
                return JdbcValues.execute(prepared, statement);
            } finally {
                if (options.handle() != null) {
                    options.handle().detach();
                }
            }
        } catch (SQLException e) {
            throw translate(e, statement);
        }
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return JdbcTransaction.run(pool::getConnection, PostgresWarehouse::translate, work, onCommit);
    }

    private static void cancelQuietly(PreparedStatement prepared) {
        try {
            prepared.cancel();
        } catch (SQLException ignored) {
            // The statement has finished or the connection is gone: nothing left to cancel.
        }
    }

    static WarehouseException translate(SQLException e, SqlStatement statement) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Reason reason;
        if (state.equals("57014")) {
            reason = Reason.TIMEOUT;
        } else if (state.startsWith("08") || state.startsWith("28") || e instanceof SQLTransientConnectionException) {
            reason = Reason.UNAVAILABLE; // connection or login failed (28: e.g. an expired token)
        } else if (state.equals("42501")) {
            reason = Reason.PERMISSION_DENIED;
        } else if (state.startsWith("42")) {
            reason = Reason.INVALID_STATEMENT;
        } else {
            reason = Reason.FAILED;
        }
        String where = statement == null ? "" : " in: " + statement.sql();
        return new WarehouseException(reason, "Lakebase: " + e.getMessage() + where, e);
    }
}
