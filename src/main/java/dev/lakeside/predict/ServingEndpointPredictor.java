package dev.lakeside.predict;

import com.databricks.sdk.service.serving.QueryEndpointInput;
import com.databricks.sdk.service.serving.QueryEndpointResponse;
import dev.lakeside.databricks.WorkspaceClients;
import dev.lakeside.warehouse.WarehouseException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The churn model of mode databricks: a Model Serving endpoint, queried through databricks-sdk-java
 * ({@code POST /serving-endpoints/{name}/invocations}) with the documented {@code dataframe_records}
 * input, one JSON object per row keyed by the configured input names, as the caller (the signed-in
 * user in identity mode user, scope {@code serving.serving-endpoints}).
 *
 * <p>Each element of the response's {@code predictions} array may be a probability, a pair of class
 * probabilities {@code [p(no), p(yes)]}, or an object holding the probability under the configured
 * field ({@code lakeside.predict.probability-field}).
 */
@Component
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "databricks")
class ServingEndpointPredictor implements Predictor {

    private final WorkspaceClients clients;
    private final PredictProperties properties;
    private final InputSchema schema;
    private final ModelInfo info;

    ServingEndpointPredictor(WorkspaceClients clients, PredictProperties properties) {
        this.clients = clients;
        this.properties = properties;
        this.schema = properties.schema();
        boolean configured = properties.endpoint() != null && !properties.endpoint().isBlank();
        this.info = new ModelInfo(false, configured, configured
                ? "Predictions come from the Databricks Model Serving endpoint " + properties.endpoint() + "."
                : "No serving endpoint is configured: set lakeside.predict.endpoint (LAKESIDE_PREDICT_ENDPOINT).");
    }

    @Override
    public InputSchema schema() {
        return schema;
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public CompletableFuture<ModelInfo> whenReady() {
        return CompletableFuture.completedFuture(info);
    }

    @Override
    public List<Double> probabilities(List<Map<String, Object>> rows) {
        if (!info.ready()) {
            throw new PredictionException(info.description());
        }
        List<Object> records = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            records.add(schema.names().stream().collect(java.util.stream.Collectors.toMap(
                    name -> name, row::get, (a, b) -> a, java.util.LinkedHashMap::new)));
        }
        QueryEndpointResponse response;
        try {
            response = clients.asCaller(w -> w.servingEndpoints().query(
                    new QueryEndpointInput().setName(properties.endpoint()).setDataframeRecords(records)));
        } catch (WarehouseException e) {
            throw EndpointErrors.translate(properties.endpoint(), e);
        }
        Collection<Object> predictions = response.getPredictions();
        if (predictions == null || predictions.size() != rows.size()) {
            throw new PredictionException("The serving endpoint " + properties.endpoint() + " answered "
                    + (predictions == null ? "no predictions" : predictions.size() + " predictions for " + rows.size()
                    + " rows") + ". Check that it serves a model taking these inputs: " + String.join(", ", schema.names()));
        }
        return predictions.stream().map(this::probability).toList();
    }

    private double probability(Object prediction) {
        Object value = prediction;
        if (value instanceof Map<?, ?> map) {
            value = map.get(properties.probabilityField());
        } else if (value instanceof List<?> pair && pair.size() == 2) {
            value = pair.get(1);
        }
        if (value instanceof Number number && number.doubleValue() >= 0 && number.doubleValue() <= 1) {
            return number.doubleValue();
        }
        throw new PredictionException(String.format(Locale.ROOT, "The serving endpoint %s answered %s, which is not "
                + "a probability between 0 and 1. See docs/predict.md for the answers Lakeside understands.",
                properties.endpoint(), prediction));
    }
}
