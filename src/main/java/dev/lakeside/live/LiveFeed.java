package dev.lakeside.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where dashboards subscribe to live data. There is one {@link SharedRefresher} per selection while
 * anyone watches it; it queries once per refresh interval and pushes the result to all its viewers.
 * Counts the queries it runs ({@code lakeside.live.queries}).
 */
final class LiveFeed {

    private final DashboardQuery query;
    private final RefreshTicker ticker;
    private final Counter queries;
    private final Map<LiveSelection, Running> running = new HashMap<>();

    LiveFeed(DashboardQuery query, RefreshTicker ticker, MeterRegistry meters) {
        this.query = query;
        this.ticker = ticker;
        this.queries = Counter.builder("lakeside.live.queries")
                .description("Warehouse queries run by the live dashboard's shared refreshers").register(meters);
    }

    /**
     * Subscribes a viewer to a selection. It receives the latest snapshot at once if one exists,
     * then one per refresh, on the refresher's thread. Close the subscription to stop.
     */
    synchronized AutoCloseable subscribe(LiveSelection selection, Consumer<DashboardSnapshot> viewer) {
        Running entry = running.get(selection);
        if (entry == null) {
            SharedRefresher refresher = new SharedRefresher(selection, this::load);
            refresher.add(viewer);
            running.put(selection, new Running(refresher, ticker.every(selection.refreshEvery(), refresher::refresh)));
        } else {
            entry.refresher().add(viewer);
        }
        return () -> unsubscribe(selection, viewer);
    }

    /**
     * Runs one refresh of every watched selection now, on the caller's thread, exactly as a tick
     * of its interval would (tests use it to step time by hand).
     */
    void refreshAll() {
        List<SharedRefresher> refreshers;
        synchronized (this) {
            refreshers = running.values().stream().map(Running::refresher).toList();
        }
        refreshers.forEach(SharedRefresher::refresh);
    }

    /** How many selections are being refreshed now. */
    synchronized int activeSelections() {
        return running.size();
    }

    double queriesRun() {
        return queries.count();
    }

    private synchronized void unsubscribe(LiveSelection selection, Consumer<DashboardSnapshot> viewer) throws Exception {
        Running entry = running.get(selection);
        if (entry != null && !entry.refresher().remove(viewer)) {
            running.remove(selection);
            entry.schedule().close();
        }
    }

    private DashboardSnapshot load(LiveSelection selection) {
        queries.increment();
        return query.load(selection);
    }

    private record Running(SharedRefresher refresher, AutoCloseable schedule) {
    }
}
