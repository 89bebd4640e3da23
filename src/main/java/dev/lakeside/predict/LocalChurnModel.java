package dev.lakeside.predict;

import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The churn model of embedded mode: a logistic regression trained on the demo table when the app is
 * ready, in the background so start-up does not wait. Every fifth row (by key) is held out to measure
 * it; the view shows that measurement, so nobody mistakes it for more than it is.
 */
@Component
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "embedded", matchIfMissing = true)
class LocalChurnModel implements Predictor {

    private static final Logger log = LoggerFactory.getLogger(LocalChurnModel.class);
    private static final int HOLD_OUT_EVERY = 5;

    private final Warehouse warehouse;
    private final PredictProperties properties;
    private final InputSchema schema;
    private final CompletableFuture<ModelInfo> ready = new CompletableFuture<>();
    private volatile LogisticRegression model;
    private volatile ModelInfo info;
    private volatile ModelEvaluation evaluation;

    LocalChurnModel(Warehouse warehouse, PredictProperties properties) {
        this.warehouse = warehouse;
        this.properties = properties;
        this.schema = properties.schema();
        this.info = new ModelInfo(true, false, "Local model: training on " + properties.trainingTable() + "…");
    }

    @EventListener(ApplicationReadyEvent.class)
    void trainInBackground() {
        Thread.ofPlatform().daemon().name("churn-model-training").start(this::train);
    }

    /** Trains and evaluates; on failure the model stays unavailable and says why. */
    void train() {
        try {
            long start = System.nanoTime();
            TableName table = TableName.parse(properties.trainingTable());
            SqlBuilder select = new SqlBuilder(warehouse.dialect()).sql("SELECT ").identifiers(schema.names())
                    .sql(", ").identifier(properties.labelColumn()).sql(" FROM ").table(table)
                    .sql(" WHERE ").identifier(properties.labelColumn()).sql(" IS NOT NULL");
            for (String input : schema.names()) {
                select.sql(" AND ").identifier(input).sql(" IS NOT NULL");
            }
            QueryResult rows = warehouse.query(select.sql(" ORDER BY ").identifier(properties.keyColumn()).build());
            TrainingData data = TrainingData.split(rows, schema, properties.labelColumn(), HOLD_OUT_EVERY);
            LogisticRegression fitted = LogisticRegression.fit(data.trainX(), data.trainY());
            double[] scores = new double[data.testX().length];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = fitted.probability(data.testX()[i]);
            }
            ModelEvaluation evaluation = ModelEvaluation.of(scores, data.testY());
            long millis = (System.nanoTime() - start) / 1_000_000;
            this.evaluation = evaluation;
            model = fitted;
            info = new ModelInfo(true, true, String.format(Locale.ROOT,
                    "Local model trained on %s at start-up (logistic regression, %,d rows): on %,d held-out rows "
                            + "AUC %.2f, accuracy %.0f%% (always guessing the majority: %.0f%%).",
                    table, data.trainY().length, evaluation.rows(), evaluation.auc(), 100 * evaluation.accuracy(),
                    100 * evaluation.baseRate()));
            log.info("Churn model trained in {} ms on {} rows; held-out AUC {}, accuracy {}, base rate {}", millis,
                    data.trainY().length, evaluation.auc(), evaluation.accuracy(), evaluation.baseRate());
            ready.complete(info);
        } catch (RuntimeException e) {
            log.warn("The local churn model could not be trained", e);
            info = new ModelInfo(true, false, "The local model could not be trained on " + properties.trainingTable()
                    + ": " + e.getMessage());
            ready.completeExceptionally(e);
        }
    }

    /** The held-out measurement, or null before training. */
    ModelEvaluation evaluation() {
        return evaluation;
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
        return ready.copy();
    }

    @Override
    public List<Double> probabilities(List<Map<String, Object>> rows) {
        LogisticRegression fitted = model;
        if (fitted == null) {
            throw new PredictionException("The local model is still training. Try again in a moment.");
        }
        return rows.stream().map(row -> fitted.probability(schema.vector(row))).toList();
    }

    /** Rows split into training and held-out parts, every {@code every}-th row held out. */
    record TrainingData(double[][] trainX, boolean[] trainY, double[][] testX, boolean[] testY) {

        static TrainingData split(QueryResult result, InputSchema schema, String label, int every) {
            List<Row> rows = result.rows();
            int test = (rows.size() + every - 1) / every;
            double[][] trainX = new double[rows.size() - test][];
            boolean[] trainY = new boolean[trainX.length];
            double[][] testX = new double[test][];
            boolean[] testY = new boolean[test];
            for (int i = 0, tr = 0, te = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                double[] x = new double[schema.fields().size()];
                for (int j = 0; j < x.length; j++) {
                    x[j] = ((Number) row.get(j)).doubleValue();
                }
                boolean y = Boolean.TRUE.equals(row.get(label));
                if (i % every == 0) {
                    testX[te] = x;
                    testY[te++] = y;
                } else {
                    trainX[tr] = x;
                    trainY[tr++] = y;
                }
            }
            return new TrainingData(trainX, trainY, testX, testY);
        }
    }
}
