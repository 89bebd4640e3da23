package dev.lakeside.jobs;

import com.databricks.sdk.service.jobs.CancelRun;
import com.databricks.sdk.service.jobs.GetRunRequest;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunLifeCycleState;
import com.databricks.sdk.service.jobs.RunNow;
import com.databricks.sdk.service.jobs.RunResultState;
import dev.lakeside.databricks.WorkspaceClients;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Runs configured Databricks jobs through the Jobs API 2.2 ({@code run-now}, {@code runs/get},
 * {@code runs/cancel}). Always as the app's service principal: there is no user scope for jobs,
 * so the service principal needs CAN_MANAGE_RUN on each job and the run history records who asked.
 */
@Component
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "databricks")
final class DatabricksJobs implements JobBackend {

    private final WorkspaceClients clients;

    DatabricksJobs(WorkspaceClients clients) {
        this.clients = clients;
    }

    @Override
    public String label() {
        return "Databricks";
    }

    @Override
    public String start(String jobKey, JobsProperties.Job job, Map<String, String> parameters) {
        long jobId = jobId(jobKey, job);
        RunNow request = new RunNow().setJobId(jobId).setJobParameters(parameters);
        Long runId = clients.asApp(w -> w.jobs().runNow(request).getResponse().getRunId());
        return String.valueOf(runId);
    }

    @Override
    public RunStatus status(String runId) {
        Run run = clients.asApp(w -> w.jobs().getRun(new GetRunRequest().setRunId(Long.parseLong(runId))));
        return toStatus(run);
    }

    @Override
    public void cancel(String runId) {
        clients.asApp(w -> w.jobs().cancelRun(new CancelRun().setRunId(Long.parseLong(runId))));
    }

    static RunStatus toStatus(Run run) {
        RunLifeCycleState lifeCycle = run.getState() == null ? null : run.getState().getLifeCycleState();
        RunResultState result = run.getState() == null ? null : run.getState().getResultState();
        String message = run.getState() == null ? null : run.getState().getStateMessage();
        RunState state = switch (lifeCycle) {
            case RUNNING, TERMINATING -> RunState.RUNNING;
            case TERMINATED, SKIPPED, INTERNAL_ERROR -> RunState.TERMINATED;
            case null, default -> RunState.PENDING;
        };
        Instant started = run.getStartTime() == null || run.getStartTime() == 0 ? null
                : Instant.ofEpochMilli(run.getStartTime());
        Duration duration = run.getRunDuration() != null && run.getRunDuration() > 0 ? Duration.ofMillis(run.getRunDuration())
                : started == null ? null : Duration.between(started, Instant.now());
        return new RunStatus(state, state == RunState.TERMINATED ? result(result) : null,
                state == RunState.PENDING ? null : started, state == RunState.PENDING ? null : duration,
                message == null || message.isBlank() ? lifeCycle == null ? "Unknown" : lifeCycle.name() : message,
                run.getRunPageUrl());
    }

    private static RunResult result(RunResultState result) {
        return switch (result) {
            case SUCCESS, SUCCESS_WITH_FAILURES -> RunResult.SUCCESS;
            case CANCELED, UPSTREAM_CANCELED -> RunResult.CANCELLED;
            case null, default -> RunResult.FAILED;
        };
    }

    private static long jobId(String jobKey, JobsProperties.Job job) {
        try {
            return Long.parseLong(job.jobId().strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Job \"" + jobKey + "\" has no valid lakeside.jobs." + jobKey
                    + ".job-id (a number from the job's URL); set LAKESIDE_JOB_ID or the property.");
        }
    }
}
