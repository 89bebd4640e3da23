package dev.lakeside.databricks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * A fake Databricks workspace on localhost, speaking the documented endpoints databricks-jdbc 3.x
 * calls with {@code useThriftClient=0}: OIDC discovery and the token endpoint (OAuth M2M), SQL
 * sessions, and the SQL Statement Execution API (execute, poll, cancel, close). Response bodies follow
 * the public API shapes (statement_id, status.state, manifest.schema.columns, result.data_array).
 *
 * <p>The driver builds the OAuth M2M host without its port unless the system property
 * {@code isFakeServiceTest=true} is set, the hook its own fake-service tests use; it is set here.
 */
public final class DatabricksFake implements AutoCloseable {

    public static final String SP_TOKEN = "sp-token-from-oidc";
    static final String STATEMENTS = "/api/2.0/sql/statements/?";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    public DatabricksFake() {
        System.setProperty("isFakeServiceTest", "true");
        server.start();
        String base = baseUrl();
        server.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(404)
                .withBody("{\"error_code\":\"NOT_FOUND\",\"message\":\"not faked\"}")));
        server.stubFor(get("/oidc/.well-known/oauth-authorization-server").willReturn(okJson(
                "{\"authorization_endpoint\":\"" + base + "/oidc/v1/authorize\",\"token_endpoint\":\"" + base + "/oidc/v1/token\"}")));
        server.stubFor(post("/oidc/v1/token").willReturn(okJson(
                "{\"access_token\":\"" + SP_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        server.stubFor(post(urlPathMatching("/api/2.0/sql/(warehouses/[^/]+/)?sessions/?"))
                .willReturn(okJson("{\"session_id\":\"session-1\"}")));
        server.stubFor(delete(urlPathMatching("/api/2.0/sql/sessions/.*")).willReturn(okJson("{}")));
        server.stubFor(delete(urlPathMatching("/api/2.0/sql/statements/[^/]+")).willReturn(okJson("{}")));
        server.stubFor(post(urlPathMatching("/api/2.0/sql/statements/[^/]+/cancel")).willReturn(okJson("{}")));
        warehouseState("RUNNING");
    }

    /** GET /api/2.0/sql/warehouses/{id} answers with this state (RUNNING, STOPPED, DELETED, ...). */
    public void warehouseState(String state) {
        server.stubFor(get(urlPathMatching("/api/2.0/sql/warehouses/[^/]+")).willReturn(okJson(
                "{\"id\":\"warehouse-1\",\"name\":\"Fake warehouse\",\"state\":\"" + state + "\"}")));
    }

    /**
     * Forwards the SQL endpoints (sessions, statements, the warehouse's state) and Unity Catalog's list and get
     * calls to a real engine, such as {@link SparkStandIn}: OAuth and tokens stay the fake's, every statement runs
     * for real and the catalog shows the engine's tables.
     */
    public DatabricksFake proxySqlTo(String engineUrl) {
        server.stubFor(any(urlPathMatching("/api/2\\.0/sql/(statements|sessions|warehouses)(/.*)?")).atPriority(1)
                .willReturn(aResponse().proxiedFrom(engineUrl)));
        server.stubFor(get(urlPathMatching("/api/2\\.1/unity-catalog/(catalogs|schemas|tables)(/.*)?")).atPriority(1)
                .willReturn(aResponse().proxiedFrom(engineUrl)));
        return this;
    }

    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** Every statement returns these rows: columns as {@code name:TYPE}, rows as a JSON array of arrays of strings. */
    void givenResult(List<String> columns, String dataArray) {
        server.stubFor(post(urlPathMatching(STATEMENTS)).willReturn(okJson(succeeded("stmt-1", columns, dataArray))));
    }

    /** Statements run until cancelled: execute and polls answer RUNNING; after a cancel, polls answer CANCELED. */
    void givenStatementsRunUntilCancelled() {
        String running = "{\"statement_id\":\"stmt-slow\",\"status\":{\"state\":\"RUNNING\"}}";
        server.stubFor(post(urlPathMatching(STATEMENTS)).willReturn(okJson(running)));
        server.stubFor(get(urlPathMatching("/api/2.0/sql/statements/stmt-slow")).inScenario("slow")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(running)));
        server.stubFor(post(urlPathMatching("/api/2.0/sql/statements/stmt-slow/cancel")).inScenario("slow")
                .willReturn(okJson("{}")).willSetStateTo("cancelled"));
        server.stubFor(get(urlPathMatching("/api/2.0/sql/statements/stmt-slow")).inScenario("slow")
                .whenScenarioStateIs("cancelled")
                .willReturn(okJson("{\"statement_id\":\"stmt-slow\",\"status\":{\"state\":\"CANCELED\"}}")));
    }

    /** The first execute fails with this HTTP status and error code; later ones succeed with one row. */
    void givenFirstExecuteFails(int status, String errorCode) {
        server.stubFor(post(urlPathMatching(STATEMENTS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"error_code\":\"" + errorCode + "\",\"message\":\"fake " + errorCode + "\"}"))
                .willSetStateTo("recovered"));
        server.stubFor(post(urlPathMatching(STATEMENTS)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(okJson(succeeded("stmt-2", List.of("n:INT"), "[[\"1\"]]"))));
    }

    /** The first execute is accepted but ends FAILED with this error class; later ones succeed with one row. */
    void givenFirstStatementFails(String errorCode) {
        server.stubFor(post(urlPathMatching(STATEMENTS)).inScenario("failing").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"statement_id\":\"stmt-f\",\"status\":{\"state\":\"FAILED\",\"error\":{"
                        + "\"error_code\":\"" + errorCode + "\",\"message\":\"fake " + errorCode + "\"}}}"))
                .willSetStateTo("recovered"));
        server.stubFor(post(urlPathMatching(STATEMENTS)).inScenario("failing").whenScenarioStateIs("recovered")
                .willReturn(okJson(succeeded("stmt-2", List.of("n:INT"), "[[\"1\"]]"))));
    }

    /**
     * Every execute ends FAILED with this Databricks error class, as the warehouse reports SQL errors;
     * real messages start with the class in brackets, and the driver passes on only the message.
     */
    void givenStatementsFail(String errorCode, String message) {
        server.stubFor(post(urlPathMatching(STATEMENTS)).willReturn(okJson("{\"statement_id\":\"stmt-f\",\"status\":{"
                + "\"state\":\"FAILED\",\"sql_state\":\"42501\",\"error\":{\"error_code\":\"" + errorCode
                + "\",\"message\":\"" + message + "\"}}}")));
    }

    /** Unity Catalog list and get endpoints (the shapes of /api/2.1/unity-catalog): one catalog, schema and table. */
    void givenUnityCatalog() {
        server.stubFor(get(urlPathMatching("/api/2.1/unity-catalog/catalogs")).willReturn(okJson(
                "{\"catalogs\":[{\"name\":\"main\"},{\"name\":\"finance\"}]}")));
        server.stubFor(get(urlPathMatching("/api/2.1/unity-catalog/schemas")).willReturn(okJson(
                "{\"schemas\":[{\"name\":\"information_schema\",\"catalog_name\":\"main\"},"
                        + "{\"name\":\"gold\",\"catalog_name\":\"main\"}]}")));
        server.stubFor(get(urlPathMatching("/api/2.1/unity-catalog/tables")).willReturn(okJson(
                "{\"tables\":[{\"name\":\"suppliers\",\"catalog_name\":\"main\",\"schema_name\":\"gold\","
                        + "\"table_type\":\"MANAGED\",\"comment\":\"Suppliers\"},{\"name\":\"active_suppliers\","
                        + "\"catalog_name\":\"main\",\"schema_name\":\"gold\",\"table_type\":\"VIEW\"}]}")));
        server.stubFor(get(urlPathMatching("/api/2.1/unity-catalog/tables/main.gold.suppliers")).willReturn(okJson(
                "{\"name\":\"suppliers\",\"catalog_name\":\"main\",\"schema_name\":\"gold\",\"table_type\":\"MANAGED\","
                        + "\"columns\":[{\"name\":\"name\",\"type_text\":\"string\",\"type_name\":\"STRING\",\"position\":1,"
                        + "\"nullable\":true},{\"name\":\"id\",\"type_text\":\"bigint\",\"type_name\":\"LONG\","
                        + "\"position\":0,\"nullable\":false,\"comment\":\"key\"}]}")));
    }

    List<LoggedRequest> executes() {
        return requests("POST", "/api/2.0/sql/statements/?$");
    }

    public List<LoggedRequest> requests(String method, String urlRegex) {
        return server.getAllServeEvents().stream().map(e -> e.getRequest())
                .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().matches(urlRegex))
                .toList().reversed();
    }

    public List<LoggedRequest> all() {
        return server.getAllServeEvents().stream().map(e -> (LoggedRequest) e.getRequest()).toList().reversed();
    }

    private static String succeeded(String id, List<String> columns, String dataArray) {
        StringBuilder schema = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            String[] nameType = columns.get(i).split(":");
            schema.append(i == 0 ? "" : ",").append("{\"name\":\"").append(nameType[0]).append("\",\"type_text\":\"")
                    .append(nameType[1]).append("\",\"type_name\":\"").append(nameType[1]).append("\",\"position\":")
                    .append(i).append('}');
        }
        int rows = dataArray.equals("[]") ? 0 : dataArray.split("\\],\\s*\\[").length;
        return "{\"statement_id\":\"" + id + "\",\"status\":{\"state\":\"SUCCEEDED\"},\"manifest\":{\"format\":\"JSON_ARRAY\","
                + "\"schema\":{\"column_count\":" + columns.size() + ",\"columns\":[" + schema + "]},\"total_chunk_count\":1,"
                + "\"chunks\":[{\"chunk_index\":0,\"row_offset\":0,\"row_count\":" + rows + "}],\"total_row_count\":" + rows
                + "},\"result\":{\"chunk_index\":0,\"row_offset\":0,\"row_count\":" + rows + ",\"data_array\":" + dataArray + "}}";
    }

    /** The WireMock server, for contract tests of other workspace APIs to add their own stubs. */
    public WireMockServer server() {
        return server;
    }

    /**
     * SDK clients pointed at this fake, with a service principal ({@code client-id}) for the app and
     * {@code signedIn} as the caller in identity mode {@code user}.
     */
    public WorkspaceClients workspaceClients(IdentityMode mode, Supplier<UserIdentity> signedIn) {
        DatabricksProperties properties = new DatabricksProperties(baseUrl(), "wh-123", "main", "client-id",
                "client-secret", null, 2, Duration.ofMinutes(30), Duration.ofMinutes(10), 1, Duration.ofMillis(10),
                Duration.ofSeconds(2));
        return new WorkspaceClients(properties, WorkspaceAddress.parse(baseUrl()), new Credentials(mode, signedIn, properties));
    }

    @Override
    public void close() {
        server.stop();
    }
}
