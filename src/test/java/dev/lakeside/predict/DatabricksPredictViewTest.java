package dev.lakeside.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import dev.lakeside.databricks.DatabricksFake;
import dev.lakeside.ui.KaribuSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same page in mode databricks: the form's values go to the configured serving endpoint of the
 * fake workspace as the app's service principal, and its answer is shown in the seed's bands.
 */
@TestPropertySource(properties = {
        "lakeside.warehouse.mode=databricks",
        "lakeside.identity.mode=app",
        "lakeside.databricks.warehouse-id=wh-7",
        "lakeside.databricks.client-id=app-sp",
        "lakeside.databricks.client-secret=app-secret",
        "lakeside.databricks.token=",
        "lakeside.predict.endpoint=churn-model",
        // generous: the machine running the suite may be busy; this bounds a wait, it measures nothing
        "lakeside.databricks.workspace-check-timeout=60s"})
class DatabricksPredictViewTest extends KaribuSpringTest {

    private static final DatabricksFake FAKE = new DatabricksFake();

    @DynamicPropertySource
    static void fake(DynamicPropertyRegistry registry) {
        registry.add("lakeside.databricks.host", FAKE::baseUrl);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void predict_sendsTheFormToTheEndpoint_andShowsItsAnswerInTheBands() throws Exception {
        FAKE.server().stubFor(post(urlPathEqualTo("/serving-endpoints/churn-model/invocations"))
                .willReturn(okJson("{\"predictions\":[0.55]}")));
        UI.getCurrent().navigate("predict");
        assertThat(_get(Span.class, spec -> spec.withClasses("predict-source")).getText()).isEqualTo("Databricks");

        _setValue(field("Customer age"), 45.0);
        _setValue(field("Tenure (months)"), 24.0);
        _setValue(field("Monthly charges ($)"), 75.5);
        _setValue(field("Total charges ($)"), 1810.0);
        _click(_get(Button.class, spec -> spec.withText("Predict")));

        assertThat(_get(Span.class, spec -> spec.withClasses("predict-band")).getText()).isEqualTo("Medium risk");
        assertThat(_get(Span.class, spec -> spec.withClasses("predict-probability")).getText())
                .isEqualTo("55.0% churn probability");
        List<LoggedRequest> calls = FAKE.requests("POST", "/serving-endpoints/churn-model/invocations");
        assertThat(calls).hasSize(1);
        assertThat(calls.getFirst().getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
        JsonNode record = new ObjectMapper().readTree(calls.getFirst().getBodyAsString()).get("dataframe_records").get(0);
        assertThat(record.get("age").asDouble()).isEqualTo(45.0);
        assertThat(record.get("total_charges").asDouble()).isEqualTo(1810.0);
    }

    private static NumberField field(String label) {
        return _get(NumberField.class, spec -> spec.withLabel(label));
    }
}
