package dev.lakeside.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The refresher of one selection: on every tick it runs the selection's query once and hands the
 * snapshot to every subscribed viewer, so twenty viewers cost the warehouse what one does.
 */
final class SharedRefresher {

    private static final Logger log = LoggerFactory.getLogger(SharedRefresher.class);

    private final LiveSelection selection;
    private final Function<LiveSelection, DashboardSnapshot> query;
    private final Set<Consumer<DashboardSnapshot>> viewers = new CopyOnWriteArraySet<>();
    private volatile DashboardSnapshot latest;

    SharedRefresher(LiveSelection selection, Function<LiveSelection, DashboardSnapshot> query) {
        this.selection = selection;
        this.query = query;
    }

    /** Adds a viewer and gives it the latest snapshot at once, if there is one. */
    void add(Consumer<DashboardSnapshot> viewer) {
        viewers.add(viewer);
        DashboardSnapshot current = latest;
        if (current != null) {
            viewer.accept(current);
        }
    }

    /** Removes a viewer; returns whether any are left. */
    boolean remove(Consumer<DashboardSnapshot> viewer) {
        viewers.remove(viewer);
        return !viewers.isEmpty();
    }

    /**
     * One tick: one query, fanned out. A failed query is logged and retried on the next tick.
     * Refreshes of one selection run one at a time, so viewers receive snapshots in the order they
     * were queried and an older result can never overwrite a newer one.
     */
    synchronized void refresh() {
        if (viewers.isEmpty()) {
            return;
        }
        DashboardSnapshot snapshot;
        try {
            snapshot = query.apply(selection);
        } catch (RuntimeException e) {
            // Viewers keep the last snapshot; its "last updated" time shows them it is getting old.
            log.warn("Live dashboard query for {} failed: {}", selection, e.getMessage());
            return;
        }
        latest = snapshot;
        for (Consumer<DashboardSnapshot> viewer : viewers) {
            try {
                viewer.accept(snapshot);
            } catch (RuntimeException e) {
                log.debug("A live viewer could not take an update", e);
            }
        }
    }
}
