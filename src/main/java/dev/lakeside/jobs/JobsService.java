package dev.lakeside.jobs;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Jobs tool's rules: which jobs may run and with which parameters, the run history, audit of
 * who started or cancelled what and how it ended, and one background poller that follows every
 * unfinished run and tells subscribed views about changes.
 */
@Service
public class JobsService implements DisposableBean {

    /** Audit entries of runs are filed under this name (there is no such table). */
    static final TableName AUDITED_AS = new TableName("lakeside_meta", "job_runs");
    private static final Logger log = LoggerFactory.getLogger(JobsService.class);
    private static final int HISTORY_SIZE = 200;

    private final JobsProperties properties;
    private final JobBackend backend;
    private final CurrentUser currentUser;
    private final Warehouse warehouse;
    private final AuditTrail audit;
    private final RunHistory history = new RunHistory(HISTORY_SIZE);
    private final Map<String, UserIdentity> requesters = new ConcurrentHashMap<>();
    private final List<Consumer<JobRun>> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("lakeside-job-poller").factory());

    JobsService(JobsProperties properties, JobBackend backend, CurrentUser currentUser, Warehouse warehouse,
                AuditTrail audit, @Value("${lakeside.job-poll-interval:2s}") Duration pollInterval) {
        this.properties = properties;
        this.backend = backend;
        this.currentUser = currentUser;
        this.warehouse = warehouse;
        this.audit = audit;
        poller.scheduleWithFixedDelay(this::pollUnfinished, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The configured jobs, by id, in configuration order. */
    Map<String, JobsProperties.Job> jobs() {
        return properties.jobs();
    }

    /** "Local" or "Databricks". */
    String backendLabel() {
        return backend.label();
    }

    /**
     * Starts a run as the app with {@code values} for the job's parameters (unset ones take their
     * defaults) and records who asked. Throws {@link IllegalArgumentException} with a message for the user.
     */
    JobRun start(String jobKey, Map<String, String> values) {
        JobsProperties.Job job = properties.jobs().get(jobKey);
        if (job == null) {
            throw new IllegalArgumentException("No job \"" + jobKey + "\" is configured.");
        }
        Map<String, String> parameters = new LinkedHashMap<>(job.parameters());
        values.forEach((name, value) -> {
            if (!job.parameters().containsKey(name)) {
                throw new IllegalArgumentException("Job \"" + jobKey + "\" has no parameter \"" + name + "\".");
            }
            parameters.put(name, value == null ? "" : value.strip());
        });
        UserIdentity user = currentUser.get();
        String runId = backend.start(jobKey, job, parameters);
        JobRun run = new JobRun(runId, jobKey, job.title(), parameters, user.email(), Instant.now(), RunStatus.pending());
        requesters.put(runId, user);
        history.add(run);
        record(user, run, "run", jobKey + " " + parameters);
        publish(run);
        return run;
    }

    /** Asks a run to stop and records who asked; the poller reports when it has. */
    void cancel(String runId) {
        JobRun run = history.find(runId).orElseThrow(() -> new IllegalArgumentException("Unknown run " + runId));
        if (run.status().finished()) {
            return;
        }
        backend.cancel(runId);
        record(currentUser.get(), run, "cancel", "requested");
        refresh(run);
    }

    /** Runs started from this app, newest first. */
    List<JobRun> history() {
        return history.newestFirst();
    }

    Optional<JobRun> find(String runId) {
        return history.find(runId);
    }

    /** Tells {@code listener} (on the poller's thread) about every change of a run; close to stop. */
    AutoCloseable subscribe(Consumer<JobRun> listener) {
        subscribers.add(listener);
        return () -> subscribers.remove(listener);
    }

    private void pollUnfinished() {
        for (JobRun run : history.newestFirst()) {
            if (!run.status().finished()) {
                refresh(run);
            }
        }
    }

    private synchronized void refresh(JobRun run) {
        JobRun current = history.find(run.runId()).orElse(run);
        if (current.status().finished()) {
            return;
        }
        RunStatus status;
        try {
            status = backend.status(run.runId());
        } catch (RuntimeException e) {
            log.warn("Polling run {} failed; will retry", run.runId(), e);
            return;
        }
        if (status.equals(current.status())) {
            return;
        }
        JobRun updated = current.with(status);
        history.replace(updated);
        if (status.finished()) {
            UserIdentity requester = requesters.remove(run.runId());
            record(requester, updated, "result", status.result() + ": " + status.message());
        }
        publish(updated);
    }

    private void publish(JobRun run) {
        for (Consumer<JobRun> subscriber : subscribers) {
            try {
                subscriber.accept(run);
            } catch (RuntimeException e) {
                log.debug("A job run subscriber failed", e);
            }
        }
    }

    private void record(UserIdentity user, JobRun run, String what, String value) {
        AuditEntry entry = new AuditEntry(user == null ? run.requestedBy() : user.email(), AUDITED_AS, run.runId(),
                what, null, value, "jobs", run.runId(), AuditEntry.Kind.INSERT);
        Runnable write = () -> warehouse.inTransaction(tx -> {
            audit.record(tx, entry);
            return null;
        });
        try {
            if (user == null) {
                write.run();
            } else {
                CurrentUser.runAs(user, write);
            }
        } catch (RuntimeException e) {
            log.warn("Could not audit {} of run {}", what, run.runId(), e);
        }
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }
}
