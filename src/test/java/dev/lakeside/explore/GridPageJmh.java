package dev.lakeside.explore;

import dev.lakeside.bench.DemoWarehouse;
import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.CacheScope;
import dev.lakeside.catalog.DuckDbCatalog;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityResolver;
import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableQuery;
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

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One 50-row page of the table explorer's grid on the three 1,000,000-row demo tables, through
 * {@link ExploreService#page} (TableQuery, the query cache, the embedded warehouse): unsorted,
 * sorted, and filtered and sorted, near the first, middle and last page. The query cache is emptied
 * before each call (outside the measured time), so every page is a warehouse query; the offset moves by
 * up to 1,000 rows between calls. SampleTime mode reports p50 and p95. Run with
 * {@code JmhBenchmark#gridPaging} (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GridPageJmh {

    private static final int PAGE = 50;
    private static final int JITTER = 1_000;

    /** The sort column and the filter used on each table; filters keep roughly 40% of the rows. */
    private static final Map<String, Shape> SHAPES = Map.of(
            "gold.sales", new Shape(Sort.desc("revenue"),
                    new ColumnFilter.AnyOf("region", List.of("North", "West")), Sort.desc("units")),
            "bronze.sensor_readings", new Shape(Sort.desc("temperature_c"),
                    new ColumnFilter.AnyOf("device_id", List.of("bme280-office", "bme280-rooftop")),
                    Sort.desc("humidity_pct")),
            "smart_analytics.taxi_trips", new Shape(Sort.desc("fare_amount"),
                    new ColumnFilter.Range("passenger_count", "2", "6"), Sort.desc("trip_distance_mi")));

    @Param({"gold.sales", "bronze.sensor_readings", "smart_analytics.taxi_trips"})
    public String table;

    @Param({"unsorted", "sorted", "filtered-sorted"})
    public String order;

    /** Where the page starts, as a share of the matching rows: first page, middle, last page. */
    @Param({"0.0", "0.5", "0.99"})
    public double position;

    /**
     * {@code explorer}: {@link ExploreService#page} as shipped. {@code plain-order-by}: the statement the
     * explorer sent before sorted pages got a tie-breaker (ORDER BY the sorts alone, whole rows sorted),
     * through the same cache and warehouse, for before/after figures from one run.
     */
    @Param({"explorer"})
    public String shape;

    private DemoWarehouse demo;
    private ExploreService service;
    private TableSchema schema;
    private ExploreState state;
    private long firstOffset;
    private final SplittableRandom random = new SplittableRandom(42);

    @Setup(Level.Trial)
    public void open() {
        demo = DemoWarehouse.open();
        service = explorer(demo);
        schema = service.describe(TableName.parse(table));
        Shape shape = SHAPES.get(table);
        state = switch (order) {
            case "unsorted" -> ExploreState.of(schema.name());
            case "sorted" -> ExploreState.of(schema.name()).withSorts(List.of(shape.sort()));
            case "filtered-sorted" -> ExploreState.of(schema.name()).withFilter(shape.filter())
                    .withSorts(List.of(shape.filteredSort()));
            default -> throw new IllegalArgumentException(order);
        };
        long rows = service.count(schema, state, new QueryHandle());
        firstOffset = Math.max(0, Math.min((long) (rows * position), rows - PAGE - JITTER));
    }

    @Setup(Level.Invocation)
    public void emptyCache() {
        demo.cache().invalidateAll();
    }

    @Benchmark
    public QueryResult page() {
        long offset = firstOffset + random.nextInt(JITTER);
        QueryResult page = shape.equals("explorer") ? service.page(schema, state, offset, PAGE) : plainOrderBy(offset);
        if (page.size() != PAGE) {
            throw new IllegalStateException("Expected a full page, got " + page.size() + " rows");
        }
        return page;
    }

    private QueryResult plainOrderBy(long offset) {
        SqlStatement statement = new TableQuery(schema.name(), schema.allowedColumns(), schema.columnNames(), List.of(),
                TypedFilters.of(schema, state.filters()), state.sorts(), offset, PAGE)
                .toSelect(demo.warehouse().dialect());
        return demo.cache().get(statement, CacheScope.SHARED, CachePolicy.region("explore"),
                () -> demo.warehouse().query(statement));
    }

    /** The explorer's service as the application wires it, reading as the app (one shared cache scope). */
    static ExploreService explorer(DemoWarehouse demo) {
        IdentityResolver identity = new IdentityResolver(new IdentityProperties(false,
                IdentityProperties.IdentityMode.APP, new IdentityProperties.LocalUser("bench@lakeside.dev", "Bench")));
        return new ExploreService(demo.warehouse(), new DuckDbCatalog(demo.warehouse()), demo.cache(),
                new CurrentUser(identity));
    }

    @TearDown(Level.Trial)
    public void close() {
        demo.close();
    }

    private record Shape(Sort sort, ColumnFilter filter, Sort filteredSort) {
    }
}
