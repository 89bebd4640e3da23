package dev.lakeside.predict;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.lakeside.audit.AuditRecord;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The churn predictor page on the local model over the demo customers, driven like a user would. */
class PredictViewTest extends KaribuSpringTest {

    private static final TableName CUSTOMERS = new TableName("gold", "customers");

    @Autowired
    Predictor predictor;
    @Autowired
    Warehouse warehouse;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void openOnceTrained() throws Exception {
        predictor.whenReady().get(60, TimeUnit.SECONDS);
        UI.getCurrent().navigate("predict");
    }

    @Test
    void page_saysTheModelIsLocalAndHowGoodItIs() {
        assertThat(_get(Span.class, spec -> spec.withClasses("predict-source")).getText()).isEqualTo("Local");
        assertThat(predictor.info().description()).startsWith("Local model trained on gold.customers at start-up")
                .containsPattern("AUC 0\\.\\d\\d");
    }

    @Test
    void ageOutOfRange_refusedByTheForm_noPredictionShown() {
        fill(200, 24, 75.5, 1810);
        _click(_get(Button.class, spec -> spec.withText("Predict")));

        NumberField age = field("Customer age");
        assertThat(age.isInvalid()).isTrue();
        assertThat(age.getErrorMessage()).isEqualTo("Customer age must be between 18 and 100");
        assertThat(_find(Span.class, spec -> spec.withClasses("predict-band"))).isEmpty();
    }

    @Test
    void missingValue_refusedAsRequired() {
        fill(45, 24, 75.5, 1810);
        _setValue(field("Total charges ($)"), null);
        _click(_get(Button.class, spec -> spec.withText("Predict")));

        assertThat(field("Total charges ($)").getErrorMessage()).isEqualTo("Total charges ($) is required");
        assertThat(_find(Span.class, spec -> spec.withClasses("predict-band"))).isEmpty();
    }

    @Test
    void newCustomerOnAnExpensivePlan_predictionShowsItsBandAndProbability() {
        fill(30, 2, 115, 230);
        _click(_get(Button.class, spec -> spec.withText("Predict")));

        double expected = predictor.probabilities(List.of(Map.of("age", 30.0, "tenure", 2.0,
                "monthly_charges", 115.0, "total_charges", 230.0))).getFirst();
        Span band = _get(Span.class, spec -> spec.withClasses("predict-band"));
        assertThat(band.getText()).isEqualTo(RiskBand.of(expected).title());
        assertThat(band.getClassNames()).contains("predict-band-" + RiskBand.of(expected).name().toLowerCase(Locale.ROOT));
        assertThat(_get(Span.class, spec -> spec.withClasses("predict-probability")).getText())
                .isEqualTo(String.format(Locale.ROOT, "%.1f%% churn probability", 100 * expected));
        assertThat(expected).isGreaterThan(0.7);
    }

    @Test
    void batch_scoresEveryRowIntoANewTable_andAuditsIt() throws InterruptedException {
        String name = "scores_" + UUID.randomUUID().toString().substring(0, 8);
        _setValue(_get(TextField.class, spec -> spec.withLabel("New table name")), name);
        _click(_get(Button.class, spec -> spec.withText("Score table")));
        String status = awaitBatch();

        TableName output = new TableName("predictions", name);
        long sourceRows = count(CUSTOMERS, "");
        assertThat(status).isEqualTo(String.format(Locale.ROOT, "Wrote %,d rows to %s (%,d scored).", sourceRows,
                output, sourceRows));
        assertThat(count(output, "")).isEqualTo(sourceRows);
        assertThat(count(output, " WHERE churn_probability BETWEEN 0 AND 1 AND risk_band IS NOT NULL")).isEqualTo(sourceRows);
        assertThat(warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ").table(output)
                .sql(" o JOIN ").table(CUSTOMERS).sql(" c USING (customer_id) WHERE o.tenure = c.tenure").build())
                .singleValue()).isEqualTo(sourceRows);
        List<AuditRecord> entries = audit.history(PredictionWriter.TOOL, null, 50).stream()
                .filter(r -> r.entry().table().equals(output)).toList();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().entry().newValue()).isEqualTo(sourceRows + " rows scored from gold.customers");
        assertThat(entries.getFirst().entry().userId()).isNotBlank();
    }

    @Test
    void batch_invalidOutputName_refusedAndNothingWritten() {
        TextField output = _get(TextField.class, spec -> spec.withLabel("New table name"));
        _setValue(output, "x\"; DROP TABLE gold.customers");
        _click(_get(Button.class, spec -> spec.withText("Score table")));

        assertThat(output.isInvalid()).isTrue();
        assertThat(output.getErrorMessage()).contains("only letters, digits and underscores");
        assertThat(_get(Span.class, spec -> spec.withClasses("predict-batch-status")).getText()).isEmpty();
        assertThat(count(CUSTOMERS, "")).isPositive();
    }

    @Test
    void batch_outputTableExists_refusedAndTheTableKept() {
        String name = "existing_" + UUID.randomUUID().toString().substring(0, 8);
        TableName existing = new TableName("predictions", name);
        warehouse.inTransaction(tx -> {
            tx.update(new SqlBuilder(warehouse.dialect()).sql("CREATE SCHEMA IF NOT EXISTS predictions").build());
            return tx.update(new SqlBuilder(warehouse.dialect()).sql("CREATE TABLE ").table(existing)
                    .sql(" AS SELECT 1 AS customer_id").build());
        });
        TextField output = _get(TextField.class, spec -> spec.withLabel("New table name"));
        _setValue(output, name);
        _click(_get(Button.class, spec -> spec.withText("Score table")));

        assertThat(output.getErrorMessage()).isEqualTo("The table " + existing + " already exists. Choose a new name.");
        assertThat(count(existing, "")).isEqualTo(1);
    }

    private String awaitBatch() throws InterruptedException {
        Span status = _get(Span.class, spec -> spec.withClasses("predict-batch-status"));
        for (int i = 0; i < 600 && !status.getText().startsWith("Wrote"); i++) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip(false);
        }
        return status.getText();
    }

    private void fill(double age, double tenure, double monthly, double total) {
        _setValue(field("Customer age"), age);
        _setValue(field("Tenure (months)"), tenure);
        _setValue(field("Monthly charges ($)"), monthly);
        _setValue(field("Total charges ($)"), total);
    }

    private static NumberField field(String label) {
        return _get(NumberField.class, spec -> spec.withLabel(label));
    }

    private long count(TableName table, String where) {
        return ((Number) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ").table(table)
                .sql(where).build()).singleValue()).longValue();
    }
}
