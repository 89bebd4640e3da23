package dev.lakeside.bench;

import dev.lakeside.cache.CacheProperties;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.demo.DemoDataGenerator;
import dev.lakeside.demo.DemoDataProperties;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.Warehouse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded warehouse with the full demo data (1,000,000 sales, sensor readings and taxi trips),
 * wired as the application wires it, without Spring: a {@link DuckDbWarehouse} whose commits
 * invalidate a {@link QueryCache} with the shipped defaults (5 minutes, 64 MB per region).
 * <p>
 * The file is {@code target/jmh-data/lakeside.duckdb}: the first benchmark fork generates the data
 * (about 3 s), later forks find it up to date (same sizes and seed) and only open it. Benchmarks never
 * write to it.
 */
public final class DemoWarehouse implements AutoCloseable {

    /** The application's defaults (application.properties, lakeside.demo.*). */
    public static final DemoDataProperties FULL_SIZE =
            new DemoDataProperties(true, 42, 5000, 1_000_000, 1_000_000, 1_000_000, 10_000, 20_000);

    private final Path file;
    private final QueryCache cache;
    private final DuckDbWarehouse warehouse;

    private DemoWarehouse(Path file) {
        this.file = file;
        this.cache = new QueryCache(new CacheProperties(Duration.ofMinutes(5), DataSize.ofMegabytes(64), Map.of()),
                new SimpleMeterRegistry());
        this.warehouse = new DuckDbWarehouse(file, Duration.ofSeconds(30), cache::onTablesWritten);
    }

    /** Opens the benchmark warehouse, generating the demo data if it is missing. */
    public static DemoWarehouse open() {
        DemoWarehouse demo = new DemoWarehouse(Path.of("target", "jmh-data", "lakeside.duckdb").toAbsolutePath());
        new DemoDataGenerator(demo.warehouse).generate(FULL_SIZE);
        return demo;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public QueryCache cache() {
        return cache;
    }

    /** The DuckDB file, for code that opens its own JDBC connections (the naive baseline). */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        warehouse.close();
    }
}
