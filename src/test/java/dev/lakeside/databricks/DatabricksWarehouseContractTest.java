package dev.lakeside.databricks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.Filter;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TableQuery;
import dev.lakeside.warehouse.TablesWritten;
import dev.lakeside.warehouse.Warehouse.QueryOptions;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real databricks-jdbc driver against {@link DatabricksFake}: what Lakeside sends over the wire
 * as the app and as a signed-in user, with bound parameters, timeouts, cancel and retries.
 */
class DatabricksWarehouseContractTest {

    private static final TableName SUPPLIERS = new TableName("gold", "suppliers");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatabricksFake fake = new DatabricksFake();
    private final AtomicReference<UserIdentity> signedIn = new AtomicReference<>();
    private final List<TablesWritten> written = new ArrayList<>();
    private DatabricksWarehouse warehouse;

    @AfterEach
    void stop() {
        if (warehouse != null) {
            warehouse.close();
        }
        fake.close();
    }

    @Test
    void appRead_sendsServicePrincipalTokenAndBindsTheSearchText() throws Exception {
        warehouse = warehouse(IdentityMode.APP, 1);
        fake.givenResult(List.of("id:INT", "name:STRING"), "[[\"7\",\"Lodz Steel\"]]");
        String typed = "x' OR 1=1 --";

        QueryResult result = warehouse.query(suppliersNamed(typed));

        assertThat(result.rows()).singleElement().satisfies(row -> assertThat(row.get(1)).isEqualTo("Lodz Steel"));
        assertThat(fake.requests("POST", "/oidc/v1/token")).singleElement().satisfies(token -> {
            assertThat(token.getHeader("Authorization")).isEqualTo("Basic Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQ=");
            assertThat(token.getBodyAsString()).contains("grant_type=client_credentials");
        });
        LoggedRequest execute = fake.executes().getFirst();
        assertThat(execute.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
        JsonNode body = JSON.readTree(execute.getBodyAsString());
        assertThat(body.get("statement").asText())
                .isEqualTo("SELECT `id`, `name` FROM `main`.`gold`.`suppliers` WHERE lower(`name`) LIKE ? ESCAPE '!'"
                        + " ORDER BY `name` ASC NULLS LAST, `id` ASC NULLS LAST LIMIT 50 OFFSET 0")
                .doesNotContain("OR 1=1");
        assertThat(body.get("warehouse_id").asText()).isEqualTo("wh-123");
        // The driver asks for Arrow, inline or as cloud-fetch links; the fake answers JSON_ARRAY (see docs/databricks.md).
        assertThat(body.get("disposition").asText() + "/" + body.get("format").asText())
                .isEqualTo("INLINE_OR_EXTERNAL_LINKS/ARROW_STREAM");
        assertThat(body.get("parameters").get(0).get("value").asText()).isEqualTo("%x' or 1=1 --%");
    }

    @Test
    void userReads_eachRunWithThatUsersTokenOnly() throws Exception {
        warehouse = warehouse(IdentityMode.USER, 1);
        fake.givenResult(List.of("n:INT"), "[[\"1\"]]");

        signedIn.set(user("alice", "token-alice"));
        warehouse.query(suppliersNamed("a"));
        signedIn.set(user("bob", "token-bob"));
        warehouse.query(suppliersNamed("b"));
        signedIn.set(user("alice", "token-alice"));
        warehouse.query(suppliersNamed("c"));

        List<String> tokens = fake.executes().stream().map(r -> r.getHeader("Authorization")).toList();
        List<String> texts = fake.executes().stream().map(r -> parameter(r)).toList();
        assertThat(texts).containsExactly("%a%", "%b%", "%c%");
        assertThat(tokens).containsExactly("Bearer token-alice", "Bearer token-bob", "Bearer token-alice");
        assertThat(fake.requests("POST", "/oidc/v1/token")).as("no service-principal token in user mode").isEmpty();
        assertThat(fake.all()).noneMatch(r -> DatabricksFake.SP_TOKEN.equals(bearer(r)));
        assertThat(warehouse.userPoolCount()).isEqualTo(2);
    }

    @Test
    void userMode_withoutForwardedToken_isRefusedBeforeAnythingIsSent() {
        warehouse = warehouse(IdentityMode.USER, 1);
        signedIn.set(new UserIdentity("carol", "carol@x.com", "Carol", null, UserIdentity.Source.FORWARDED_HEADERS));

        assertThatThrownBy(() -> warehouse.query(suppliersNamed("a")))
                .isInstanceOfSatisfying(WarehouseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WarehouseException.Reason.PERMISSION_DENIED);
                    assertThat(e.userMessage()).contains("user authorization");
                });
        assertThat(fake.all()).isEmpty();
    }

    @Test
    void timeout_cancelsTheStatementOnTheWarehouse() {
        warehouse = warehouse(IdentityMode.APP, 1);
        fake.givenStatementsRunUntilCancelled();

        assertThatThrownBy(() -> warehouse.query(suppliersNamed("a"), QueryOptions.withTimeout(Duration.ofMillis(700))))
                .isInstanceOfSatisfying(WarehouseException.class,
                        e -> assertThat(e.reason()).isEqualTo(WarehouseException.Reason.TIMEOUT));
        assertThat(fake.requests("POST", "/api/2.0/sql/statements/stmt-slow/cancel")).isNotEmpty();
    }

    @Test
    void requestRefusedWith429_isResentByTheDriverBecauseNothingRan() {
        warehouse = warehouse(IdentityMode.APP, 1);
        fake.givenFirstExecuteFails(429, "REQUEST_LIMIT_EXCEEDED");

        warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT 1 AS ").identifier("n").build());

        assertThat(fake.executes()).as("the driver's HTTP client resends a refused request").hasSize(2);
    }

    @Test
    void readRefusedWith503_isResentAndSucceeds() {
        warehouse = warehouse(IdentityMode.APP, 3);
        fake.givenFirstExecuteFails(503, "TEMPORARILY_UNAVAILABLE");

        QueryResult result = warehouse.query(suppliersNamed("a"));

        assertThat(result.singleValue()).isEqualTo(1);
        assertThat(fake.executes()).hasSize(2);
    }

    @Test
    void readFailingWhileWarehouseIsUnavailable_isRetriedByLakeside() {
        warehouse = warehouse(IdentityMode.APP, 3);
        fake.givenFirstStatementFails("TEMPORARILY_UNAVAILABLE");

        QueryResult result = warehouse.query(suppliersNamed("a"));

        assertThat(result.singleValue()).isEqualTo(1);
        assertThat(fake.executes()).hasSize(2);
    }

    @Test
    void writeFailingWhileWarehouseIsUnavailable_isNotRetried() {
        warehouse = warehouse(IdentityMode.APP, 3);
        fake.givenFirstStatementFails("TEMPORARILY_UNAVAILABLE");

        assertThatThrownBy(() -> warehouse.update(new SqlBuilder(warehouse.dialect()).sql("UPDATE ").table(SUPPLIERS)
                .sql(" SET ").identifier("country_code").sql(" = ").value("PL").build()))
                .isInstanceOfSatisfying(WarehouseException.class,
                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(WarehouseException.Reason.UNAVAILABLE));
        assertThat(fake.executes()).hasSize(1);
    }

    @Test
    void permissionDenied_becomesAnActionableMessage() {
        warehouse = warehouse(IdentityMode.APP, 3);
        fake.givenStatementsFail("INSUFFICIENT_PERMISSIONS", "[INSUFFICIENT_PERMISSIONS] Insufficient privileges:"
                + " User does not have SELECT on Table 'main.gold.suppliers'. SQLSTATE: 42501");

        assertThatThrownBy(() -> warehouse.query(suppliersNamed("a")))
                .isInstanceOfSatisfying(WarehouseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(WarehouseException.Reason.PERMISSION_DENIED);
                    assertThat(e.userMessage()).contains("Ask a workspace admin");
                });
        assertThat(fake.executes()).as("a refusal is not retried").hasSize(1);
    }

    @Test
    void missingTable_onPage403_isAnInvalidStatementNotAPermissionProblem() {
        warehouse = warehouse(IdentityMode.APP, 3);
        fake.givenStatementsFail("TABLE_OR_VIEW_NOT_FOUND", "[TABLE_OR_VIEW_NOT_FOUND] The table or view"
                + " `main`.`gold`.`suppliers` cannot be found. SQLSTATE: 42P01");
        dev.lakeside.warehouse.SqlStatement page403 = new TableQuery(SUPPLIERS, Set.of("id"), List.of("id"), List.of("id"),
                List.of(), List.of(), 403, 503).toSelect(warehouse.dialect());

        assertThatThrownBy(() -> warehouse.query(page403)).isInstanceOfSatisfying(WarehouseException.class,
                e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(WarehouseException.Reason.INVALID_STATEMENT));
        assertThat(fake.executes()).hasSize(1);
    }

    @Test
    void expiredUserToken_asksTheUserToReload() {
        warehouse = warehouse(IdentityMode.USER, 3);
        signedIn.set(user("alice", "expired-token"));
        fake.givenFirstExecuteFails(401, "UNAUTHENTICATED");

        assertThatThrownBy(() -> warehouse.query(suppliersNamed("a"))).isInstanceOfSatisfying(WarehouseException.class,
                e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(WarehouseException.Reason.PERMISSION_DENIED);
                    assertThat(e.userMessage()).contains("Reload the page");
                });
        assertThat(fake.executes()).as("a refused token is not retried").hasSize(1);
    }

    @Test
    void inTransaction_runsStatementsInOrderAndReportsWrittenTables() throws Exception {
        warehouse = warehouse(IdentityMode.APP, 1);
        fake.givenResult(List.of("num_affected_rows:BIGINT"), "[[\"1\"]]");

        warehouse.inTransaction(tx -> {
            tx.update(new SqlBuilder(warehouse.dialect()).sql("UPDATE ").table(SUPPLIERS).sql(" SET ")
                    .identifier("country_code").sql(" = ").value("PL").build());
            return tx.update(new SqlBuilder(warehouse.dialect()).sql("INSERT INTO ")
                    .table(new TableName("lakeside_meta", "audit_log")).sql(" VALUES (").value("fix").sql(")").build());
        });

        List<String> statements = fake.executes().stream().map(r -> statement(r)).toList();
        assertThat(statements).containsExactly("UPDATE `main`.`gold`.`suppliers` SET `country_code` = ?",
                "INSERT INTO `main`.`lakeside_meta`.`audit_log` VALUES (?)");
        assertThat(written).singleElement().satisfies(w -> assertThat(w.tables())
                .isEqualTo(Set.of(SUPPLIERS, new TableName("lakeside_meta", "audit_log"))));
    }

    private DatabricksWarehouse warehouse(IdentityMode mode, int readAttempts) {
        DatabricksProperties properties = new DatabricksProperties(fake.baseUrl(), "wh-123", "main", "client-id",
                "client-secret", null, 2, Duration.ofMinutes(30), Duration.ofMinutes(10), readAttempts,
                Duration.ofMillis(50), Duration.ofSeconds(2));
        return new DatabricksWarehouse(properties, WorkspaceAddress.parse(fake.baseUrl()), new Credentials(mode, signedIn::get, properties),
                Duration.ofSeconds(20), written::add);
    }

    private dev.lakeside.warehouse.SqlStatement suppliersNamed(String text) {
        return new TableQuery(SUPPLIERS, Set.of("id", "name"), List.of("id", "name"), List.of("id"),
                List.of(new Filter.Contains("name", text)), List.of(Sort.asc("name")), 0, 50)
                .toSelect(warehouse.dialect());
    }

    private static UserIdentity user(String id, String token) {
        return new UserIdentity(id, id + "@x.com", id, token, UserIdentity.Source.FORWARDED_HEADERS);
    }

    private static String bearer(LoggedRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7) : null;
    }

    private static String statement(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString()).get("statement").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String parameter(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString()).get("parameters").get(0).get("value").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
