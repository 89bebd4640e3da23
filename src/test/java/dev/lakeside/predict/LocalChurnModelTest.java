package dev.lakeside.predict;

import dev.lakeside.demo.DemoDataGenerator;
import dev.lakeside.demo.DemoDataProperties;
import dev.lakeside.warehouse.DuckDbWarehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local model trained on the generated customers, measured on the rows it did not see. */
class LocalChurnModelTest {

    @TempDir
    Path dir;

    private DuckDbWarehouse warehouse;
    private LocalChurnModel model;

    @BeforeEach
    void generateCustomers() {
        warehouse = new DuckDbWarehouse(dir.resolve("w.duckdb"), Duration.ofSeconds(60), e -> { });
        new DemoDataGenerator(warehouse).generate(new DemoDataProperties(true, 42, 0, 0, 0, 0, 0, 8000));
        model = new LocalChurnModel(warehouse, PredictFixtures.properties());
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void train_onDemoCustomers_beatsTheBaseRateWithAucAbove07() throws Exception {
        model.train();

        ModelInfo info = model.whenReady().get(10, TimeUnit.SECONDS);
        assertThat(info.ready()).isTrue();
        ModelEvaluation evaluation = model.evaluation();
        assertThat(evaluation.rows()).isEqualTo(1600);
        assertThat(evaluation.auc()).isGreaterThan(0.7);
        assertThat(evaluation.accuracy()).isGreaterThan(evaluation.baseRate());
        assertThat(info.description()).contains("gold.customers").contains(String.format("AUC %.2f", evaluation.auc()));
    }

    @Test
    void probabilities_newExpensiveCustomerVersusLoyalCheapOne_ranksTheNewOneRiskier() {
        model.train();

        List<Double> risks = model.probabilities(List.of(
                Map.of("age", 30.0, "tenure", 2.0, "monthly_charges", 115.0, "total_charges", 230.0),
                Map.of("age", 60.0, "tenure", 70.0, "monthly_charges", 30.0, "total_charges", 2100.0)));

        assertThat(risks.get(0)).isGreaterThan(0.7);
        assertThat(risks.get(1)).isLessThan(0.4);
    }

    @Test
    void probabilities_beforeTraining_refusedWithAMessage() {
        assertThat(model.info().ready()).isFalse();
        assertThatThrownBy(() -> model.probabilities(List.of(Map.of("age", 30.0))))
                .isInstanceOf(PredictionException.class).hasMessageContaining("still training");
    }

    @Test
    void auc_knownRanking_matchesHandComputedValue() {
        // Positives at 0.9 and 0.4, negatives at 0.5 and 0.1: 3 of 4 pairs ordered right.
        double auc = ModelEvaluation.auc(new double[] {0.9, 0.5, 0.4, 0.1}, new boolean[] {true, false, true, false}, 2);
        assertThat(auc).isEqualTo(0.75);
    }
}
