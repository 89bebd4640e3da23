package dev.lakeside.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.lakeside.databricks.DatabricksFake;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real databricks-sdk-java serving call against the fake workspace: the documented request
 * ({@code POST /serving-endpoints/{name}/invocations} with {@code dataframe_records}), the identity
 * it carries, the {@code predictions} it reads, and errors in words about the endpoint.
 */
class ServingEndpointContractTest {

    private static final String INVOCATIONS = "/serving-endpoints/churn-model/invocations";

    private final DatabricksFake fake = new DatabricksFake();
    private final AtomicReference<UserIdentity> signedIn = new AtomicReference<>();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void appMode_sendsDataframeRecordsWithTheInputNames_asTheServicePrincipal() throws Exception {
        answer(okJson("{\"predictions\":[0.82,0.07]}"));

        List<Double> probabilities = predictor(IdentityMode.APP).probabilities(List.of(
                row(45, 24, 75.5, 1810.0), row(58, 60, 55.25, 3315.0)));

        assertThat(probabilities).containsExactly(0.82, 0.07);
        LoggedRequest call = only();
        assertThat(call.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
        JsonNode body = json.readTree(call.getBodyAsString());
        assertThat(body.has("dataframe_split")).isFalse();
        JsonNode records = body.get("dataframe_records");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).fieldNames()).toIterable()
                .containsExactly("age", "tenure", "monthly_charges", "total_charges");
        assertThat(records.get(0).get("monthly_charges").asDouble()).isEqualTo(75.5);
        assertThat(records.get(1).get("tenure").asDouble()).isEqualTo(60);
    }

    @Test
    void userMode_callsTheEndpointWithTheSignedInUsersToken() {
        answer(okJson("{\"predictions\":[0.5]}"));
        signedIn.set(new UserIdentity("alice", "a@x.com", "Alice", "token-alice", UserIdentity.Source.FORWARDED_HEADERS));

        predictor(IdentityMode.USER).probabilities(List.of(row(45, 24, 75.5, 1810.0)));

        assertThat(only().getHeader("Authorization")).isEqualTo("Bearer token-alice");
        assertThat(fake.requests("POST", "/oidc/v1/token")).isEmpty();
    }

    @Test
    void predictionsAsClassPairsOrObjects_readAsTheChurnProbability() {
        answer(okJson("{\"predictions\":[[0.3,0.7],{\"probability\":0.25,\"label\":0}]}"));

        assertThat(predictor(IdentityMode.APP).probabilities(List.of(row(45, 24, 75.5, 1810.0), row(30, 2, 99, 198))))
                .containsExactly(0.7, 0.25);
    }

    @Test
    void endpointMissing_clearMessageNamingTheEndpoint() {
        answer(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"RESOURCE_DOES_NOT_EXIST\",\"message\":\"Endpoint churn-model not found\"}"));

        assertThatThrownBy(() -> predictor(IdentityMode.APP).probabilities(List.of(row(45, 24, 75.5, 1810.0))))
                .isInstanceOf(PredictionException.class)
                .hasMessage("The serving endpoint 'churn-model' does not exist in this workspace. "
                        + "Check lakeside.predict.endpoint.");
    }

    @Test
    void permissionDenied_asksForCanQuery() {
        answer(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"User does not have CAN_QUERY\"}"));

        assertThatThrownBy(() -> predictor(IdentityMode.APP).probabilities(List.of(row(45, 24, 75.5, 1810.0))))
                .isInstanceOf(PredictionException.class).hasMessageContaining("CAN_QUERY")
                .hasMessageContaining("serving.serving-endpoints");
    }

    @Test
    void inputRefused_pointsAtTheConfiguredInputs() {
        answer(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"BAD_REQUEST\",\"message\":\"Model is missing inputs ['tenure']\"}"));

        assertThatThrownBy(() -> predictor(IdentityMode.APP).probabilities(List.of(row(45, 24, 75.5, 1810.0))))
                .isInstanceOf(PredictionException.class).hasMessageContaining("refused the input")
                .hasMessageContaining("lakeside.predict.fields");
    }

    @Test
    void answerThatIsNoProbability_refusedWithTheAnswerShown() {
        answer(okJson("{\"predictions\":[\"churn\"]}"));

        assertThatThrownBy(() -> predictor(IdentityMode.APP).probabilities(List.of(row(45, 24, 75.5, 1810.0))))
                .isInstanceOf(PredictionException.class).hasMessageContaining("answered churn");
    }

    private void answer(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        fake.server().stubFor(post(urlPathEqualTo(INVOCATIONS)).willReturn(response));
    }

    private LoggedRequest only() {
        List<LoggedRequest> calls = fake.requests("POST", INVOCATIONS);
        assertThat(calls).hasSize(1);
        return calls.getFirst();
    }

    private ServingEndpointPredictor predictor(IdentityMode mode) {
        return new ServingEndpointPredictor(fake.workspaceClients(mode, signedIn::get), PredictFixtures.properties());
    }

    private static Map<String, Object> row(double age, double tenure, double monthly, double total) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("age", age);
        row.put("tenure", tenure);
        row.put("monthly_charges", monthly);
        row.put("total_charges", total);
        return row;
    }
}
