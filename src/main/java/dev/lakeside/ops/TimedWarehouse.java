package dev.lakeside.ops;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.RowSink;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.function.Supplier;

/**
 * Measures every call to a {@link Warehouse}, whichever implementation it is, as the timer
 * {@value #TIMER} with the tags {@code operation} (query, stream, transaction), {@code warehouse}
 * (the dialect: duckdb, databricks) and {@code outcome} (success, or the {@link WarehouseException}
 * reason, or error). Delegates everything else unchanged; the implementation bean closes itself.
 */
final class TimedWarehouse implements Warehouse {

    static final String TIMER = "lakeside.warehouse.calls";

    private final Warehouse target;
    private final Supplier<MeterRegistry> registry;

    TimedWarehouse(Warehouse target, Supplier<MeterRegistry> registry) {
        this.target = target;
        this.registry = registry;
    }

    @Override
    public Dialect dialect() {
        return target.dialect();
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        return timed("query", () -> target.query(statement, options));
    }

    @Override
    public long stream(SqlStatement statement, QueryOptions options, RowSink sink) {
        return timed("stream", () -> target.stream(statement, options, sink));
    }

    @Override
    public int update(SqlStatement statement) {
        return timed("transaction", () -> target.update(statement));
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return timed("transaction", () -> target.inTransaction(work));
    }

    private <T> T timed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T result = call.get();
            outcome = "success";
            return result;
        } catch (WarehouseException e) {
            outcome = e.reason().name().toLowerCase(java.util.Locale.ROOT);
            throw e;
        } finally {
            Timer.builder(TIMER).description("Calls to the SQL warehouse, by operation and outcome")
                    .tag("operation", operation).tag("warehouse", target.dialect().name()).tag("outcome", outcome)
                    .register(registry.get()).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
