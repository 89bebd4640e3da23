package dev.lakeside.jobs;

import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs jobs in this process (embedded mode): the gold refresh of {@link SalesByRegionRefresh} on
 * one worker thread, so a second run waits PENDING while the first works, as on a busy cluster.
 * Cancel stops the running statement through its {@link QueryHandle}; the transaction rolls back.
 */
@Component
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "embedded", matchIfMissing = true)
final class LocalJobs implements JobBackend, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalJobs.class);

    private final Warehouse warehouse;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("lakeside-local-jobs").factory());
    private final Map<String, LocalRun> runs = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    LocalJobs(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public String label() {
        return "Local";
    }

    @Override
    public String start(String jobKey, JobsProperties.Job job, Map<String, String> parameters) {
        SalesByRegionRefresh refresh = SalesByRegionRefresh.of(job.local(), parameters);
        String runId = "local-" + sequence.incrementAndGet();
        LocalRun run = new LocalRun();
        runs.put(runId, run);
        worker.execute(() -> execute(runId, run, refresh));
        return runId;
    }

    @Override
    public RunStatus status(String runId) {
        LocalRun run = runs.get(runId);
        if (run == null) {
            throw new IllegalArgumentException("No local run " + runId);
        }
        return run.status();
    }

    @Override
    public void cancel(String runId) {
        LocalRun run = runs.get(runId);
        if (run != null) {
            run.cancel();
        }
    }

    private void execute(String runId, LocalRun run, SalesByRegionRefresh refresh) {
        if (!run.begin()) {
            return;
        }
        try {
            long rows = refresh.run(warehouse, run.handle, runId);
            run.end(RunResult.SUCCESS, rows + " rows written to " + refresh.target());
        } catch (WarehouseException e) {
            boolean cancelled = e.reason() == WarehouseException.Reason.CANCELLED || run.handle.isCancelled();
            if (!cancelled) {
                log.warn("Local run {} failed", runId, e);
            }
            run.end(cancelled ? RunResult.CANCELLED : RunResult.FAILED,
                    cancelled ? "Cancelled; nothing was written" : e.userMessage());
        } catch (RuntimeException e) {
            log.warn("Local run {} failed", runId, e);
            run.end(RunResult.FAILED, "The run failed: " + e.getMessage());
        }
    }

    @Override
    public void destroy() {
        runs.values().forEach(LocalRun::cancel);
        worker.shutdownNow();
    }

    /** One run's mutable state, guarded by its own lock; readers get immutable {@link RunStatus}es. */
    private static final class LocalRun {
        final QueryHandle handle = new QueryHandle();
        private RunStatus ended;
        private Instant started;

        synchronized boolean begin() {
            if (ended != null) {
                return false;
            }
            started = Instant.now();
            return true;
        }

        synchronized void end(RunResult result, String message) {
            if (ended == null) {
                ended = new RunStatus(RunState.TERMINATED, result, started,
                        started == null ? null : Duration.between(started, Instant.now()), message, null);
            }
        }

        void cancel() {
            synchronized (this) {
                if (started == null) {
                    end(RunResult.CANCELLED, "Cancelled before it started");
                }
            }
            handle.cancel();
        }

        synchronized RunStatus status() {
            if (ended != null) {
                return ended;
            }
            if (started == null) {
                return RunStatus.pending();
            }
            return new RunStatus(RunState.RUNNING, null, started, Duration.between(started, Instant.now()),
                    handle.isCancelled() ? "Cancelling…" : "Refreshing", null);
        }
    }
}
