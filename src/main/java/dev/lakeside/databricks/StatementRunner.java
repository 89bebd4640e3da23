package dev.lakeside.databricks;

import dev.lakeside.warehouse.JdbcValues;
import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.RowSink;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse.QueryOptions;
import dev.lakeside.warehouse.WarehouseException;
import dev.lakeside.warehouse.WarehouseException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs one query with its timeout and cancel handle. {@code Statement.cancel()} makes the driver
 * cancel the statement on the warehouse (POST .../statements/{id}/cancel), so a timed-out or
 * cancelled query stops costing warehouse time instead of running on unseen.
 */
final class StatementRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StatementRunner.class);

    private static final int STREAM_FETCH_SIZE = 10_000;

    private final Duration defaultTimeout;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("databricks-timeouts").factory());

    StatementRunner(Duration defaultTimeout) {
        this.defaultTimeout = defaultTimeout;
    }

    QueryResult query(Connection connection, SqlStatement statement, QueryOptions options) throws SQLException {
        return run(connection, statement, options, 0, (prepared, stopped) -> JdbcValues.execute(prepared, statement));
    }

    /** Streams rows to the sink; the timeout covers the whole read, and a cancel stops the fetch loop. */
    long stream(Connection connection, SqlStatement statement, QueryOptions options, RowSink sink) throws SQLException {
        return run(connection, statement, options, STREAM_FETCH_SIZE, (prepared, stopped) -> {
            try {
                return JdbcValues.stream(prepared, statement, sink, stopped);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private <T> T run(Connection connection, SqlStatement statement, QueryOptions options, int fetchSize,
                      Execution<T> execution) throws SQLException {
        Duration timeout = options.timeout() != null ? options.timeout() : defaultTimeout;
        QueryHandle handle = options.handle();
        if (handle != null && handle.isCancelled()) {
            throw new WarehouseException(Reason.CANCELLED, "Query cancelled before it started", null);
        }
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            if (fetchSize > 0) {
                prepared.setFetchSize(fetchSize);
            }
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> timer = timers.schedule(() -> {
                timedOut.set(true);
                cancelQuietly(prepared);
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (handle != null) {
                handle.attach(() -> cancelQuietly(prepared));
            }
            try {
                return execution.run(prepared, () -> timedOut.get() || handle != null && handle.isCancelled());
            } catch (SQLException | RuntimeException e) {
                if (timedOut.get()) {
                    throw new DatabricksErrors.DatabricksWarehouseException(Reason.TIMEOUT,
                            "The query took longer than " + timeout.toSeconds() + " s and was stopped. Narrow the "
                                    + "filters, or try again when the warehouse is less busy.",
                            "Query exceeded " + timeout.toMillis() + " ms: " + statement.sql(), e);
                }
                if (handle != null && handle.isCancelled()) {
                    throw new WarehouseException(Reason.CANCELLED, "Query cancelled", e);
                }
                throw e;
            } finally {
                timer.cancel(false);
                if (handle != null) {
                    handle.detach();
                }
            }
        }
    }

    /** One execution on a prepared statement; {@code stopped} tells a long read that it was cancelled. */
    @FunctionalInterface
    private interface Execution<T> {
        T run(PreparedStatement prepared, BooleanSupplier stopped) throws SQLException;
    }

    private static void cancelQuietly(PreparedStatement prepared) {
        try {
            prepared.cancel();
        } catch (SQLException | RuntimeException e) {
            log.debug("Cancel failed", e);
        }
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
