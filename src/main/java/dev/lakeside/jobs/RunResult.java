package dev.lakeside.jobs;

/** How a terminated run ended. */
public enum RunResult {
    SUCCESS, FAILED, CANCELLED
}
