package dev.lakeside.predict;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A model that turns rows of inputs into churn probabilities: trained in the app (embedded mode) or a
 * Databricks Model Serving endpoint (mode databricks). The view and batch scoring see only this.
 */
public interface Predictor {

    /** The inputs each row must hold. */
    InputSchema schema();

    /** What the model is, and whether it can answer yet. */
    ModelInfo info();

    /** Completes when the model can answer (at once for an endpoint). */
    CompletableFuture<ModelInfo> whenReady();

    /**
     * The probability for each row, in order. Rows hold a number for every input of {@link #schema()}.
     *
     * @throws PredictionException with a message fit for the user
     */
    List<Double> probabilities(List<Map<String, Object>> rows);
}
