package dev.lakeside.predict;

/**
 * What the view says about the model in use.
 *
 * @param local       true for the model trained in the app, false for a serving endpoint
 * @param ready       whether predictions can be made now (the local model trains after start-up)
 * @param description one honest sentence: where the model comes from and how good it is
 */
public record ModelInfo(boolean local, boolean ready, String description) {
}
