package dev.lakeside.databricks;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a failed Databricks start-up as "what is wrong" and "what to do", without a stack trace. */
class DatabricksSetupFailureAnalyzer extends AbstractFailureAnalyzer<DatabricksSetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabricksSetupException cause) {
        return new FailureAnalysis("Lakeside cannot use the Databricks SQL warehouse: " + cause.getMessage(),
                cause.action() + " To run locally without Databricks, use lakeside.warehouse.mode=embedded.", cause);
    }
}
