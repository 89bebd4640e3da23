package dev.lakeside.databricks;

import com.databricks.sdk.service.sql.State;
import dev.lakeside.warehouse.WarehouseException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Readiness of the SQL warehouse (health contributor {@code warehouse}, part of the readiness group):
 * asks the SQL Warehouses API for its state as the app, which does not start a stopped warehouse (a
 * query would, and would bill for it). A stopped or starting warehouse counts as ready, since the first
 * query starts it; a deleted one, or one the app may not see (missing {@code sql-warehouse} resource,
 * revoked CAN_USE), does not. Answers are kept for {@code ttl}, so probes do not flood the workspace.
 */
final class WarehouseReadiness implements HealthIndicator {

    private final WorkspaceClients clients;
    private final String warehouseId;
    private final Duration ttl;
    private final Clock clock;
    private Health last;
    private Instant expires = Instant.MIN;

    WarehouseReadiness(WorkspaceClients clients, String warehouseId, Duration ttl, Clock clock) {
        this.clients = clients;
        this.warehouseId = warehouseId;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        if (clock.instant().isBefore(expires)) {
            return last;
        }
        last = check();
        expires = clock.instant().plus(ttl);
        return last;
    }

    private Health check() {
        try {
            State state = clients.asApp(w -> w.warehouses().get(warehouseId).getState());
            Health.Builder health = state == State.DELETED || state == State.DELETING || state == null
                    ? Health.down() : Health.up();
            return health.withDetail("warehouse", warehouseId).withDetail("state", String.valueOf(state)).build();
        } catch (WarehouseException e) {
            return Health.down().withDetail("warehouse", warehouseId).withDetail("error", e.userMessage()).build();
        }
    }
}
