package dev.lakeside.predict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * The predict tool's settings ({@code lakeside.predict.*}, see docs/predict.md).
 *
 * @param endpoint         the Model Serving endpoint called in warehouse mode databricks
 * @param probabilityField when the endpoint answers an object per row, the field holding the probability
 * @param fields           the model's inputs: names sent to the endpoint and read from source tables
 * @param trainingTable    the table the local model is trained on at start-up (embedded mode)
 * @param labelColumn      the training table's boolean outcome column
 * @param sourceTables     tables a batch may score (allow-list, {@code schema.table})
 * @param keyColumn        the column identifying a row in every source table; copied to the output
 * @param outputSchema     the schema new prediction tables are created in
 * @param pageSize         rows read and scored per request in a batch
 * @param maxBatchRows     the largest source table a batch accepts (results are held until written)
 */
@ConfigurationProperties("lakeside.predict")
public record PredictProperties(
        String endpoint,
        @DefaultValue("probability") String probabilityField,
        @DefaultValue List<InputField> fields,
        @DefaultValue("gold.customers") String trainingTable,
        @DefaultValue("churned") String labelColumn,
        @DefaultValue List<String> sourceTables,
        @DefaultValue("customer_id") String keyColumn,
        @DefaultValue("predictions") String outputSchema,
        @DefaultValue("500") int pageSize,
        @DefaultValue("1000000") long maxBatchRows) {

    public PredictProperties {
        fields = List.copyOf(fields);
        sourceTables = List.copyOf(sourceTables);
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("lakeside.predict.page-size must be between 1 and 10000: " + pageSize);
        }
    }

    InputSchema schema() {
        return new InputSchema(fields);
    }
}
