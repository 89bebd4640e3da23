package dev.lakeside.jobs;

import java.util.Map;

/**
 * Where runs happen: a Databricks workspace, or this process. Both report the same states, so
 * the Jobs view does not know which one it talks to beyond {@link #label()}.
 */
interface JobBackend {

    /** Shown as a badge: "Local" or "Databricks". */
    String label();

    /** Starts a run of {@code job} with these parameter values and returns its run id. */
    String start(String jobKey, JobsProperties.Job job, Map<String, String> parameters);

    /** The run's current status. */
    RunStatus status(String runId);

    /** Asks the run to stop; its status becomes TERMINATED / CANCELLED once it has stopped. */
    void cancel(String runId);
}
