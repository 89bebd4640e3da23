package dev.lakeside.warehouse;

import java.time.Duration;

/**
 * The one way the application reads and writes a SQL warehouse. Implementations: embedded
 * DuckDB now, a Databricks SQL warehouse later; views and services do not know which.
 */
public interface Warehouse {

    /** The SQL dialect statements for this warehouse must be built with. */
    Dialect dialect();

    /** Runs a query with the default statement timeout. */
    default QueryResult query(SqlStatement statement) {
        return query(statement, QueryOptions.defaults());
    }

    /**
     * Runs a query. It is cancelled when {@code options.timeout()} passes or when
     * {@code options.handle()} is cancelled from another thread.
     *
     * @throws WarehouseException with a reason a caller can act on
     */
    QueryResult query(SqlStatement statement, QueryOptions options);

    /**
     * Runs a query and hands its rows to {@code sink} one at a time while they are read, for
     * results too big to hold (exports). Implementations fetch in batches (JDBC fetch size) and
     * keep no rows; the timeout and cancel handle of {@code options} apply to the whole run,
     * including the time the sink takes. The default reads the whole result first and is only a
     * fallback for small test warehouses: real implementations override it.
     *
     * @return the number of rows handed to the sink
     * @throws WarehouseException          with a reason a caller can act on (CANCELLED, TIMEOUT, ...)
     * @throws java.io.UncheckedIOException when the sink fails to write; the query is stopped
     */
    default long stream(SqlStatement statement, QueryOptions options, RowSink sink) {
        QueryResult result = query(statement, options);
        try {
            sink.columns(result.columns());
            for (Row row : result.rows()) {
                sink.row(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return result.size();
    }

    /** Runs one write in its own transaction and returns the affected row count. */
    default int update(SqlStatement statement) {
        return inTransaction(tx -> tx.update(statement));
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws. Once
     * committed, cached reads of every table a write touched are dropped.
     */
    <T> T inTransaction(TransactionWork<T> work);

    /** Statements run inside {@link #inTransaction}. */
    interface Transaction {
        QueryResult query(SqlStatement statement);

        int update(SqlStatement statement);

        /**
         * Runs a write that {@code options.handle()} may cancel from another thread; the caller's
         * transaction is then rolled back. The default honours a cancel only before the statement
         * starts; the embedded warehouse stops a running statement too.
         */
        default int update(SqlStatement statement, QueryOptions options) {
            if (options.handle() != null && options.handle().isCancelled()) {
                throw new WarehouseException(WarehouseException.Reason.CANCELLED, "Statement cancelled before it started", null);
            }
            return update(statement);
        }
    }

    @FunctionalInterface
    interface TransactionWork<T> {
        T run(Transaction transaction);
    }

    /**
     * How to run one query.
     *
     * @param timeout how long the statement may run before it is cancelled
     * @param handle  lets another thread cancel it, or null
     */
    record QueryOptions(Duration timeout, QueryHandle handle) {

        public static QueryOptions defaults() {
            return new QueryOptions(null, null);
        }

        public static QueryOptions cancellable(QueryHandle handle) {
            return new QueryOptions(null, handle);
        }

        public static QueryOptions withTimeout(Duration timeout) {
            return new QueryOptions(timeout, null);
        }
    }
}
