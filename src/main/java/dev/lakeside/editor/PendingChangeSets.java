package dev.lakeside.editor;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditRecord;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.audit.ChangeState;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves change-sets whose audit entries were left pending: the process stopped between the MERGE
 * and its confirmation (Databricks, where each statement commits alone). After a grace period (a
 * save may still be running) the rows of the set's keys decide: holding every new value, the set
 * is marked applied; otherwise rejected. Runs at start-up and when readiness asks; never throws.
 */
@Component
class PendingChangeSets {

    private static final Logger log = LoggerFactory.getLogger(PendingChangeSets.class);

    /** What one run did; {@code failed} when it could not run (no identity at start-up, warehouse down). */
    record Outcome(int applied, int rejected, int left, boolean failed, LocalDateTime at) {
    }

    private final AuditTrail audit;
    private final EditorTools tools;
    private final TableShapes shapes;
    private final Warehouse warehouse;
    private final Duration grace;
    private volatile Outcome last;
    private final java.util.concurrent.atomic.AtomicBoolean retrying = new java.util.concurrent.atomic.AtomicBoolean();

    PendingChangeSets(AuditTrail audit, EditorTools tools, TableShapes shapes, Warehouse warehouse,
                      @Value("${lakeside.audit.pending-grace:10m}") Duration grace) {
        this.audit = audit;
        this.tools = tools;
        this.shapes = shapes;
        this.warehouse = warehouse;
        this.grace = grace;
    }

    /** In the background: the start must not wait on a warehouse that may be stopped or unreachable. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        retryInBackground();
    }

    /** Resolves the sets pending since before {@code now} minus the grace period. */
    synchronized Outcome reconcile(LocalDateTime now) {
        int applied = 0;
        int rejected = 0;
        int left = 0;
        try {
            for (List<AuditEntry> set : bySet(audit.pendingBefore(now.minus(grace))).values()) {
                Optional<Boolean> written = written(set);
                if (written.isEmpty()) {
                    left++;
                } else if (written.get()) {
                    applied += Math.min(1, audit.mark(set.getFirst().changeSetId(), ChangeState.APPLIED));
                } else {
                    rejected += Math.min(1, audit.mark(set.getFirst().changeSetId(), ChangeState.REJECTED));
                }
            }
            last = new Outcome(applied, rejected, left, false, now);
            if (applied + rejected + left > 0) {
                log.info("Pending change-sets: {} confirmed as applied, {} rejected, {} left (tool unknown)",
                        applied, rejected, left);
            }
        } catch (WarehouseException e) {
            log.warn("Could not resolve pending change-sets now; will try again: {}", e.getMessage());
            last = new Outcome(applied, rejected, left, true, now);
        }
        return last;
    }

    /** Runs again in the background, unless a run started this way is still going. */
    void retryInBackground() {
        if (retrying.compareAndSet(false, true)) {
            Thread.ofVirtual().name("audit-reconcile").start(() -> {
                try {
                    reconcile(LocalDateTime.now(ZoneOffset.UTC));
                } finally {
                    retrying.set(false);
                }
            });
        }
    }

    /** The last run's outcome, or empty before the first. */
    Optional<Outcome> last() {
        return Optional.ofNullable(last);
    }

    /** Whether the set's rows hold its new values; empty when its tool is no longer configured. */
    private Optional<Boolean> written(List<AuditEntry> set) {
        Optional<EditorTool> tool = tools.byId(set.getFirst().tool());
        if (tool.isEmpty()) {
            return Optional.empty();
        }
        List<RowKey> keys = set.stream().map(AuditEntry::rowKey).distinct()
                .map(key -> RowKey.parse(key, tool.get(), shapes)).toList();
        MergeSql sql = new MergeSql(tool.get(), shapes, warehouse.dialect());
        Map<String, EditorRow> now = ChangeSetWriter.currentRows(tool.get(), sql, warehouse::query, keys);
        return Optional.of(ChangeSetAudit.holdsNewValues(tool.get(), shapes, set, now));
    }

    private static Map<String, List<AuditEntry>> bySet(List<AuditRecord> records) {
        Map<String, List<AuditEntry>> sets = new LinkedHashMap<>();
        records.forEach(r -> sets.computeIfAbsent(r.entry().changeSetId(), id -> new java.util.ArrayList<>()).add(r.entry()));
        return sets;
    }
}
