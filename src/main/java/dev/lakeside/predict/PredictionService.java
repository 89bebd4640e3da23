package dev.lakeside.predict;

import dev.lakeside.warehouse.TableName;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;

/** One prediction from a form: the inputs checked against the schema, then the model asked. */
@Service
class PredictionService {

    private final Predictor predictor;
    private final PredictProperties properties;

    PredictionService(Predictor predictor, PredictProperties properties) {
        this.predictor = predictor;
        this.properties = properties;
    }

    InputSchema schema() {
        return predictor.schema();
    }

    Predictor predictor() {
        return predictor;
    }

    /**
     * @throws IllegalArgumentException listing every problem when a value is missing or out of range
     * @throws PredictionException      when the model cannot answer
     */
    Prediction predict(Map<String, Double> values) {
        List<String> problems = predictor.schema().problems(values);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Map<String, Object> row = Map.copyOf(values);
        return Prediction.of(predictor.probabilities(List.of(row)).getFirst());
    }

    /** The tables a batch may score, from configuration. */
    List<TableName> sourceTables() {
        return properties.sourceTables().stream().map(TableName::parse).toList();
    }
}
