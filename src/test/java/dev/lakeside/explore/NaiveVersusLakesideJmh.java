package dev.lakeside.explore;

import dev.lakeside.bench.DemoWarehouse;
import dev.lakeside.bench.NaiveQueries;
import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.CacheScope;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.TableName;
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

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Three everyday questions on the 1,000,000-row {@code gold.sales}, answered three ways: the seed
 * articles' naive way ({@link NaiveQueries}: a new connection per query, no cache, the whole result in
 * memory), Lakeside with its query cache emptied before every call, and Lakeside answering from the
 * cache. The questions: a dashboard aggregate (revenue and orders by region over a year), a filtered
 * and sorted 50-row page of the explorer's grid, and "show the table" (the naive app loads every row,
 * Lakeside reads the first page and takes the row count from the catalog). Run with
 * {@code JmhBenchmark#naiveVersusLakeside} (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NaiveVersusLakesideJmh {

    private static final TableName SALES = new TableName("gold", "sales");
    private static final CachePolicy DASHBOARD = CachePolicy.region("sales");
    private static final LocalDate FROM = LocalDate.of(2025, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 10, 31);
    private static final int PAGE = 50;

    @Param({"aggregate", "filtered-page", "whole-table"})
    public String question;

    private DemoWarehouse demo;
    private NaiveQueries naive;
    private ExploreService explorer;
    private TableSchema schema;
    private SqlStatement aggregate;
    private ExploreState filtered;

    @Setup(Level.Trial)
    public void open() {
        demo = DemoWarehouse.open();
        naive = new NaiveQueries(demo.file());
        explorer = GridPageJmh.explorer(demo);
        schema = explorer.describe(SALES);
        aggregate = new SqlBuilder(demo.warehouse().dialect())
                .sql("SELECT region, sum(revenue) AS revenue, count(*) AS orders FROM ").table(SALES)
                .sql(" WHERE order_date BETWEEN ").value(FROM).sql(" AND ").value(TO)
                .sql(" GROUP BY region ORDER BY region").build();
        filtered = ExploreState.of(SALES).withFilter(new ColumnFilter.AnyOf("region", List.of("North", "West")))
                .withSorts(List.of(Sort.desc("units")));
    }

    @Benchmark
    public long naive() {
        return switch (question) {
            case "aggregate" -> naive.fetchAll(aggregate.sql(), aggregate.parameters().toArray()).size();
            case "filtered-page" -> naive.fetchAll("SELECT order_id, order_date, region, product, category, units,"
                    + " unit_price, revenue FROM gold.sales WHERE region IN (?, ?)"
                    + " ORDER BY units DESC NULLS LAST LIMIT 50 OFFSET 0", "North", "West").size();
            case "whole-table" -> naive.fetchAll("SELECT * FROM gold.sales").size();
            default -> throw new IllegalArgumentException(question);
        };
    }

    /** Every call misses: the cache is emptied before it (outside the measured time). */
    @Benchmark
    public long lakesideUncached(ColdCache cold) {
        return lakeside();
    }

    /** Every call but the very first is a cache hit. */
    @Benchmark
    public long lakesideCached() {
        return lakeside();
    }

    private long lakeside() {
        return switch (question) {
            case "aggregate" -> demo.cache().get(aggregate, CacheScope.SHARED, DASHBOARD,
                    () -> demo.warehouse().query(aggregate)).size();
            case "filtered-page" -> explorer.page(schema, filtered, 0, PAGE).size();
            // The first screen and the row count the explorer shows beside it (the catalog's, no query).
            case "whole-table" -> explorer.page(schema, ExploreState.of(SALES), 0, PAGE).size()
                    + explorer.cheapCount(schema, ExploreState.of(SALES)).orElseThrow();
            default -> throw new IllegalArgumentException(question);
        };
    }

    @TearDown(Level.Trial)
    public void close() {
        demo.close();
    }

    /** Empties the query cache before each call of the benchmark that takes it. */
    @State(Scope.Thread)
    public static class ColdCache {

        @Setup(Level.Invocation)
        public void empty(NaiveVersusLakesideJmh benchmark) {
            benchmark.demo.cache().invalidateAll();
        }
    }
}
