package dev.lakeside.bench;

import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.CacheScope;
import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * N callers ask for the same dashboard aggregate at the same moment, with nothing cached. Through the
 * {@link dev.lakeside.cache.QueryCache} the N misses share one load: the benchmark counts the queries
 * that reach the warehouse and fails if a burst ran more than one. The comparison runs the N queries
 * without the cache. The figure is the time until all N callers have their answer. Run with
 * {@code JmhBenchmark#singleFlight} (docs/performance.md); query counts go to
 * {@code target/jmh/single-flight-queries.txt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
public class SingleFlightJmh {

    static final Path COUNTS = Path.of("target", "jmh", "single-flight-queries.txt");
    private static final TableName SALES = new TableName("gold", "sales");
    private static final CachePolicy DASHBOARD = CachePolicy.region("sales");

    @Param({"1", "8", "32", "64"})
    public int callers;

    private DemoWarehouse demo;
    private CountingWarehouse warehouse;
    private ExecutorService pool;
    private SqlStatement statement;
    private long bursts;

    @Setup(Level.Trial)
    public void open() {
        demo = DemoWarehouse.open();
        warehouse = new CountingWarehouse(demo.warehouse());
        pool = Executors.newFixedThreadPool(callers);
        statement = new SqlBuilder(warehouse.dialect())
                .sql("SELECT region, sum(revenue) AS revenue, count(*) AS orders FROM ").table(SALES)
                .sql(" WHERE order_date BETWEEN ").value(LocalDate.of(2025, 11, 1))
                .sql(" AND ").value(LocalDate.of(2026, 10, 31)).sql(" GROUP BY region ORDER BY region").build();
    }

    /** All N miss the emptied cache together; one of them loads, the others wait for its result. */
    @Benchmark
    public long throughTheCache() {
        demo.cache().invalidateAll();
        long ran = burst(() -> demo.cache().get(statement, CacheScope.SHARED, DASHBOARD,
                () -> warehouse.query(statement)));
        if (ran != 1) {
            throw new IllegalStateException(callers + " concurrent misses ran " + ran + " warehouse queries, not 1");
        }
        return ran;
    }

    /** The same N callers each run the query themselves. */
    @Benchmark
    public long withoutTheCache() {
        return burst(() -> warehouse.query(statement));
    }

    /** Starts the N callers at once, waits for every answer and returns the warehouse queries run meanwhile. */
    private long burst(Supplier<QueryResult> call) {
        long before = warehouse.queries.get();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<QueryResult>> answers = new ArrayList<>(callers);
        for (int i = 0; i < callers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return call.get();
            }));
        }
        start.countDown();
        try {
            for (Future<QueryResult> answer : answers) {
                if (answer.get().size() != 5) {
                    throw new IllegalStateException("Expected the five regions");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        bursts++;
        return warehouse.queries.get() - before;
    }

    @TearDown(Level.Trial)
    public void close(BenchmarkParams params) {
        pool.shutdownNow();
        demo.close();
        try {
            Files.createDirectories(COUNTS.getParent());
            String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            Files.writeString(COUNTS, String.format("%s callers=%d bursts=%d warehouseQueries=%d%n", method, callers,
                    bursts, warehouse.queries.get()), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the queries that actually reach the embedded warehouse. */
    private static final class CountingWarehouse extends ForwardingWarehouse {

        final AtomicLong queries = new AtomicLong();

        CountingWarehouse(Warehouse real) {
            super(real);
        }

        @Override
        public QueryResult query(SqlStatement statement, QueryOptions options) {
            queries.incrementAndGet();
            return super.query(statement, options);
        }
    }
}
