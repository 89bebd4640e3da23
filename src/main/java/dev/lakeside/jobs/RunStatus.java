package dev.lakeside.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * What a backend reports about one run.
 *
 * @param state       life-cycle state
 * @param result      how it ended, null until {@link RunState#TERMINATED}
 * @param startTime   when it started working, null while pending
 * @param duration    how long it has run (so far), null while pending
 * @param message     a sentence for the user: rows written, or why it failed
 * @param runPageUrl  the run's page in the Databricks workspace, null locally
 */
public record RunStatus(RunState state, RunResult result, Instant startTime, Duration duration, String message,
                        String runPageUrl) {

    static RunStatus pending() {
        return new RunStatus(RunState.PENDING, null, null, null, "Waiting to start", null);
    }

    boolean finished() {
        return state == RunState.TERMINATED;
    }
}
