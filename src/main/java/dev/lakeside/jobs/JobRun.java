package dev.lakeside.jobs;

import java.time.Instant;
import java.util.Map;

/**
 * One run started from Lakeside, as the run history shows it.
 *
 * @param runId       the backend's run id (Databricks run id, or {@code local-<n>})
 * @param jobKey      the configured job's id, e.g. {@code refresh-gold}
 * @param title       the job's title
 * @param parameters  the values it was started with
 * @param requestedBy email of the user who pressed Run (the run itself is the app's)
 * @param requestedAt when it was requested
 * @param status      latest known status
 */
public record JobRun(String runId, String jobKey, String title, Map<String, String> parameters, String requestedBy,
                     Instant requestedAt, RunStatus status) {

    public JobRun {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    JobRun with(RunStatus newStatus) {
        return new JobRun(runId, jobKey, title, parameters, requestedBy, requestedAt, newStatus);
    }
}
