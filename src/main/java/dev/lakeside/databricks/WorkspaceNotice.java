package dev.lakeside.databricks;

import dev.lakeside.ui.StatusNotice;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.util.Optional;

/**
 * The banner sentence when the workspace or the warehouse is not usable: the last readiness answer, never a
 * new request on the caller's thread. The first answer is asked for as soon as the app is ready, so the
 * first page already knows; each later look starts a background check when the kept answer has expired.
 */
final class WorkspaceNotice implements StatusNotice {

    private final WarehouseReadiness readiness;

    WorkspaceNotice(WarehouseReadiness readiness) {
        this.readiness = readiness;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkOnceStarted() {
        readiness.refreshInBackground();
    }

    @Override
    public Optional<String> problem() {
        readiness.refreshInBackground();
        return readiness.lastProblem().map(problem -> "Lakeside cannot use Databricks right now. " + problem
                + " Pages that read data will show errors until this is fixed.");
    }
}
