package dev.lakeside.jobs;

/** Where a run is in its life, the Databricks life-cycle states folded into three. */
public enum RunState {
    /** Accepted, waiting for a worker or a cluster (Databricks: PENDING, QUEUED, BLOCKED, WAITING_FOR_RETRY). */
    PENDING,
    /** Working (Databricks: RUNNING, TERMINATING). */
    RUNNING,
    /** Finished; the result says how (Databricks: TERMINATED, SKIPPED, INTERNAL_ERROR). */
    TERMINATED
}
