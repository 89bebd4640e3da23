package dev.lakeside.databricks;

import com.databricks.sdk.service.sql.State;
import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Readiness of the workspace and its SQL warehouse (health contributor {@code warehouse}, part of the
 * readiness group). First whether the workspace answers at all ({@link WorkspaceCheck#unreachable}), then the
 * warehouse's state from the SQL Warehouses API as the app, which does not start a stopped warehouse (a query
 * would, and would bill for it). A stopped or starting warehouse counts as ready, since the first query starts
 * it; an unreachable workspace, a deleted warehouse, or one the app may not see (missing {@code sql-warehouse}
 * resource, revoked CAN_USE) does not, with the reason as detail {@code problem}. Answers are kept for
 * {@code ttl}, so probes do not flood the workspace; {@link #lastProblem()} reads the kept answer without waiting.
 */
final class WarehouseReadiness implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(WarehouseReadiness.class);

    private final WorkspaceClients clients;
    private final String warehouseId;
    private final Duration ttl;
    private final Duration checkTimeout;
    private final Clock clock;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Health last;
    private volatile Instant expires = Instant.MIN;

    WarehouseReadiness(WorkspaceClients clients, String warehouseId, Duration ttl, Duration checkTimeout, Clock clock) {
        this.clients = clients;
        this.warehouseId = warehouseId;
        this.ttl = ttl;
        this.checkTimeout = checkTimeout;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        if (clock.instant().isBefore(expires)) {
            return last;
        }
        Health previous = last;
        last = check();
        expires = clock.instant().plus(ttl);
        Object problem = last.getDetails().get("problem");
        if (problem != null && (previous == null || !problem.equals(previous.getDetails().get("problem")))) {
            log.warn("Not ready: {}", problem);
        } else if (problem == null && previous != null && previous.getDetails().containsKey("problem")) {
            log.info("Ready again: the workspace and the SQL warehouse {} answer", warehouseId);
        }
        return last;
    }

    /** The reason of the last answer when it was not ready; empty when ready or not yet asked. Never waits. */
    Optional<String> lastProblem() {
        Health health = last;
        return health == null ? Optional.empty() : Optional.ofNullable((String) health.getDetails().get("problem"));
    }

    /** Asks again on a virtual thread when the kept answer is missing or expired (and no one is asking yet). */
    void refreshInBackground() {
        if (clock.instant().isBefore(expires) || !refreshing.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("lakeside-readiness").start(() -> {
            try {
                health();
            } finally {
                refreshing.set(false);
            }
        });
    }

    private Health check() {
        Optional<String> unreachable = WorkspaceCheck.unreachable(clients.baseUrl(), checkTimeout);
        if (unreachable.isPresent()) {
            return Health.down().withDetail("workspace", clients.baseUrl()).withDetail("problem", unreachable.get()).build();
        }
        try {
            State state = clients.asApp(w -> w.warehouses().get(warehouseId).getState());
            Health.Builder health = Health.up();
            if (state == State.DELETED || state == State.DELETING || state == null) {
                health = Health.down().withDetail("problem", "The Databricks SQL warehouse " + warehouseId + " is "
                        + state + ". Bind an existing warehouse as the app's sql-warehouse resource.");
            }
            return health.withDetail("warehouse", warehouseId).withDetail("state", String.valueOf(state)).build();
        } catch (WarehouseException e) {
            return Health.down().withDetail("warehouse", warehouseId)
                    .withDetail("problem", "The Databricks SQL warehouse " + warehouseId + " cannot be used: "
                            + e.userMessage()).withDetail("error", e.userMessage()).build();
        }
    }
}
