package dev.lakeside.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TablesWritten;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Caches warehouse query results, like Streamlit's {@code st.cache_data}. Each region (a tool or
 * query family) has its own Caffeine cache, bounded by estimated bytes and expiring entries after
 * the region's or the query's time to live. Concurrent misses for one key share a single load, and
 * a committed write to a table drops every cached read of that table.
 */
@Component
public class QueryCache {

    private final CacheProperties properties;
    private final MeterRegistry meterRegistry;
    private final Ticker ticker;
    private final Map<String, RegionCache> regions = new ConcurrentHashMap<>();
    private final TableGenerations generations = new TableGenerations();

    @Autowired
    public QueryCache(CacheProperties properties, MeterRegistry meterRegistry) {
        this(properties, meterRegistry, Ticker.systemTicker());
    }

    /** For tests that move time forward by hand. */
    QueryCache(CacheProperties properties, MeterRegistry meterRegistry, Ticker ticker) {
        this.properties = properties;
        this.meterRegistry = meterRegistry;
        this.ticker = ticker;
    }

    /**
     * Returns the cached result of a statement, or runs {@code loader} on the calling thread and
     * caches what it returns. Callers that miss while another caller loads the same key wait for
     * that load and share its result or its exception; a failed load is not cached. The loader
     * must not ask this cache for the same statement, or it would wait for itself.
     */
    public QueryResult get(SqlStatement statement, CacheScope scope, CachePolicy policy,
                           Supplier<QueryResult> loader) {
        RegionCache region = regions.computeIfAbsent(policy.region(), this::newRegion);
        QueryKey key = new QueryKey(statement, scope, policy.ttl() != null
                ? policy.ttl() : properties.ttlFor(policy.region()));
        // getIfPresent first because only lookups count as hits and misses in Caffeine's stats
        CompletableFuture<QueryResult> cached = region.entries().getIfPresent(key);
        if (cached != null) {
            return InFlightLoad.await(cached);
        }
        Map<TableName, Long> generationsBeforeLoad = generations.snapshot(statement.tables());
        InFlightLoad ours = new InFlightLoad();
        CompletableFuture<QueryResult> inFlight = region.entries().asMap().putIfAbsent(key, ours);
        if (inFlight != null) {
            return InFlightLoad.await(inFlight);
        }
        return load(region, key, ours, generationsBeforeLoad, loader);
    }

    /** Drops every cached read, in every region and scope, of any of these tables. */
    public void invalidateTables(Set<TableName> tables) {
        // Advance first, so a load already running when the sweep passes it still sees the write.
        // The sweep also drops loads still in flight: a caller arriving after the write must start
        // a fresh load rather than join one that may have read the table before it.
        generations.advance(tables);
        for (RegionCache region : regions.values()) {
            region.entries().asMap().keySet().removeIf(key -> key.readsAnyOf(tables));
        }
    }

    /** Keeps cached reads consistent with writes the warehouse has committed. */
    @EventListener
    public void onTablesWritten(TablesWritten event) {
        invalidateTables(event.tables());
    }

    /** Drops everything, for administrators and tests. */
    public void invalidateAll() {
        regions.values().forEach(region -> region.entries().synchronous().invalidateAll());
    }

    /** Runs pending evictions now instead of on Caffeine's next maintenance pass. */
    void cleanUp() {
        regions.values().forEach(region -> region.entries().synchronous().cleanUp());
    }

    private QueryResult load(RegionCache region, QueryKey key, InFlightLoad ours,
                             Map<TableName, Long> generationsBeforeLoad, Supplier<QueryResult> loader) {
        QueryResult result;
        Timer.Sample sample = Timer.start(meterRegistry);
        try {
            result = Objects.requireNonNull(loader.get(), "A query cache loader returned null");
        } catch (RuntimeException | Error e) {
            // Caffeine drops a failed future, so the next caller retries instead of seeing e again.
            ours.fail(e);
            throw e;
        } finally {
            sample.stop(region.loadTimer());
        }
        ours.complete(result);
        if (generations.changedSince(generationsBeforeLoad)) {
            // A write committed while this ran, so the result may predate it: serve it, don't keep it.
            // The sweep has usually dropped it already; this catches one it missed, such as a load
            // in a region created while the sweep was running.
            region.entries().asMap().remove(key, ours);
        }
        return result;
    }

    private RegionCache newRegion(String name) {
        AsyncCache<QueryKey, QueryResult> entries = Caffeine.newBuilder()
                .maximumWeight(properties.maxBytesFor(name))
                .weigher((QueryKey key, QueryResult result) ->
                        (int) Math.min(Integer.MAX_VALUE, result.estimatedBytes()))
                .expireAfter(Expiry.creating((QueryKey key, QueryResult result) -> key.ttl()))
                .ticker(ticker)
                .recordStats()
                .buildAsync();
        CaffeineCacheMetrics.monitor(meterRegistry, entries, "lakeside.query." + name, "region", name);
        Timer loadTimer = Timer.builder("lakeside.query.load")
                .description("Time spent running warehouse queries to fill the query cache")
                .tag("region", name)
                .register(meterRegistry);
        return new RegionCache(entries, loadTimer);
    }

    /** One region's entries and the timer for its loads. */
    private record RegionCache(AsyncCache<QueryKey, QueryResult> entries, Timer loadTimer) {
    }
}
