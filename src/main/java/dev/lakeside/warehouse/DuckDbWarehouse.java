package dev.lakeside.warehouse;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The embedded warehouse: one DuckDB database file, opened once per process. Each operation
 * works on its own duplicate of the root connection, which DuckDB makes cheap and thread-safe.
 */
public final class DuckDbWarehouse implements Warehouse, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DuckDbWarehouse.class);

    /** Rows per fetch when streaming; a hint, DuckDB streams in vectors of 2048 anyway. */
    private static final int STREAM_FETCH_SIZE = 2048;

    private final DuckDBConnection root;
    private final Duration defaultTimeout;
    private final Consumer<TablesWritten> onCommit;
    private final Dialect dialect = new DuckDbDialect();
    private final ScheduledExecutorService timeouts = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("duckdb-timeouts").factory());

    /**
     * @param databaseFile   the DuckDB file; its folder is created if missing
     * @param defaultTimeout statement timeout when a query does not set one
     * @param onCommit       told which tables each committed transaction wrote
     */
    public DuckDbWarehouse(Path databaseFile, Duration defaultTimeout, Consumer<TablesWritten> onCommit) {
        this.defaultTimeout = defaultTimeout;
        this.onCommit = onCommit;
        try {
            Path folder = databaseFile.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            this.root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + databaseFile.toAbsolutePath());
        } catch (Exception e) {
            throw new WarehouseException(WarehouseException.Reason.UNAVAILABLE,
                    "Cannot open the embedded warehouse at " + databaseFile + ": " + e.getMessage(), e);
        }
        log.info("Embedded DuckDB warehouse opened at {}", databaseFile.toAbsolutePath());
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        try (Connection connection = root.duplicate();
             PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            return runCancellable(prepared, statement, options, stopped -> JdbcValues.execute(prepared, statement));
        } catch (SQLException e) {
            throw translate(e, statement);
        }
    }

    /** Streams with DuckDB's streaming result sets (on by default in the driver): rows are fetched chunk by chunk. */
    @Override
    public long stream(SqlStatement statement, QueryOptions options, RowSink sink) {
        try (Connection connection = root.duplicate();
             PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            prepared.setFetchSize(STREAM_FETCH_SIZE);
            return runCancellable(prepared, statement, options, stopped -> {
                try {
                    return JdbcValues.stream(prepared, statement, sink, stopped);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (SQLException e) {
            throw translate(e, statement);
        }
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return JdbcTransaction.run(root::duplicate, DuckDbWarehouse::translate, DuckDbTransaction::new, work, onCommit);
    }

    private <T> T runCancellable(PreparedStatement prepared, SqlStatement statement, QueryOptions options,
                                 Execution<T> execution) throws SQLException {
        Duration timeout = options.timeout() != null ? options.timeout() : defaultTimeout;
        AtomicBoolean timedOut = new AtomicBoolean();
        Runnable cancel = () -> cancelQuietly(prepared);
        ScheduledFuture<?> timer = timeouts.schedule(() -> {
            timedOut.set(true);
            cancel.run();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (options.handle() != null) {
            options.handle().attach(cancel);
        }
        try {
            // DuckDB ignores a cancel that arrives before execution starts, so honour it here.
            if (options.handle() != null && options.handle().isCancelled()) {
                throw new WarehouseException(WarehouseException.Reason.CANCELLED, "Query cancelled before it started", null);
            }
            return execution.run(() -> timedOut.get()
                    || options.handle() != null && options.handle().isCancelled());
        } catch (SQLException e) {
            if (timedOut.get()) {
                throw new WarehouseException(WarehouseException.Reason.TIMEOUT,
                        "Query exceeded " + timeout.toSeconds() + " s: " + statement.sql(), e);
            }
            if (options.handle() != null && options.handle().isCancelled()) {
                throw new WarehouseException(WarehouseException.Reason.CANCELLED, "Query cancelled", e);
            }
            throw e;
        } finally {
            timer.cancel(false);
            if (options.handle() != null) {
                options.handle().detach();
            }
        }
    }

    /** One JDBC execution; {@code stopped} tells a long-running reader that it was cancelled or timed out. */
    @FunctionalInterface
    private interface Execution<T> {
        T run(BooleanSupplier stopped) throws SQLException;
    }

    private static void cancelQuietly(PreparedStatement prepared) {
        try {
            prepared.cancel();
        } catch (SQLException e) {
            log.debug("Cancel failed", e);
        }
    }

    private static WarehouseException translate(SQLException e, SqlStatement statement) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        WarehouseException.Reason reason;
        if (isConflict(message)) {
            reason = WarehouseException.Reason.CONFLICT;
        } else if (message.contains("Parser Error") || message.contains("Binder Error")
                || message.contains("Catalog Error")) {
            reason = WarehouseException.Reason.INVALID_STATEMENT;
        } else {
            reason = WarehouseException.Reason.FAILED;
        }
        String where = statement == null ? "" : " in: " + statement.sql();
        return new WarehouseException(reason, message + where, e);
    }

    /** DuckDB's optimistic concurrency: a write to rows another transaction changed after this one began. */
    private static boolean isConflict(String message) {
        return message.contains("Transaction conflict") || message.contains("Conflict on update")
                || message.contains("Conflict on tuple deletion") || message.contains("write-write conflict");
    }

    @Override
    public void close() {
        timeouts.shutdownNow();
        try {
            root.close();
        } catch (SQLException e) {
            log.warn("Closing the embedded warehouse failed", e);
        }
    }

    /** The shared JDBC transaction, plus writes that a cancel or the statement timeout stops while they run. */
    private final class DuckDbTransaction extends JdbcTransaction {

        DuckDbTransaction(Connection connection) {
            super(connection, DuckDbWarehouse::translate);
        }

        @Override
        public int update(SqlStatement statement, QueryOptions options) {
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                JdbcValues.bind(prepared, statement.parameters());
                int count = runCancellable(prepared, statement, options, stopped -> prepared.executeUpdate());
                recordWritten(statement);
                return count;
            } catch (SQLException e) {
                throw translate(e, statement);
            }
        }
    }
}
