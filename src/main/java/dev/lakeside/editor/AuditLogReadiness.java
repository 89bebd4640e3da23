package dev.lakeside.editor;

import dev.lakeside.audit.AuditTrail;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code auditLog} (readiness group): whether the audit table was found complete
 * and what the last run of the pending change-set reconciler did. It queries nothing itself (probes
 * must not wake a stopped SQL warehouse); only when the last reconcile could not run does it start
 * another, in the background. Always UP: an incomplete audit table stops saves with a message that
 * names the missing columns, not the rest of the app.
 */
@Component("auditLogHealthIndicator")
class AuditLogReadiness implements HealthIndicator {

    private final AuditTrail audit;
    private final PendingChangeSets pending;

    AuditLogReadiness(AuditTrail audit, PendingChangeSets pending) {
        this.audit = audit;
        this.pending = pending;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("table", audit.tableState().orElse("migrated"));
        pending.last().ifPresentOrElse(outcome -> {
            health.withDetail("pendingChangeSets", outcome.failed() ? "could not be checked at " + outcome.at()
                    : outcome.applied() + " confirmed, " + outcome.rejected() + " rejected, " + outcome.left() + " left at "
                    + outcome.at());
            if (outcome.failed()) {
                pending.retryInBackground();
            }
        }, () -> health.withDetail("pendingChangeSets", "not checked yet"));
        return health.build();
    }
}
