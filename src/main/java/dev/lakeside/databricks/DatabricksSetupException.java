package dev.lakeside.databricks;

/**
 * The Databricks settings are missing at start-up (an unreachable workspace is reported by readiness
 * instead). Spring Boot reports it through {@link DatabricksSetupFailureAnalyzer} as two sentences,
 * not a stack trace.
 */
public class DatabricksSetupException extends RuntimeException {

    private final String action;

    public DatabricksSetupException(String problem, String action) {
        this(problem, action, null);
    }

    public DatabricksSetupException(String problem, String action, Throwable cause) {
        super(problem, cause);
        this.action = action;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
