package dev.lakeside.lakebase;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.lakeside.databricks.DatabricksFake;
import dev.lakeside.databricks.WorkspaceClients;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lakebase passwords from the real databricks-sdk-java against the fake workspace: always as
 * the app's service principal, even when a user is signed in with identity mode user.
 */
class DatabricksLakebasePasswordContractTest {

    private final DatabricksFake fake = new DatabricksFake();
    private final WorkspaceClients clients = fake.workspaceClients(IdentityMode.USER,
            () -> new UserIdentity("alice", "a@x.com", "Alice", "token-alice", UserIdentity.Source.FORWARDED_HEADERS));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void withInstanceName_eachPasswordIsANewDatabaseCredentialRequestedAsTheApp() {
        fake.server().stubFor(post("/api/2.0/database/credentials").willReturn(okJson(
                "{\"token\":\"db-credential\",\"expiration_time\":\"2026-11-23T23:00:00Z\"}")));
        DatabricksLakebasePassword password = new DatabricksLakebasePassword(clients, "lakeside-db");

        assertThat(password.next()).isEqualTo("db-credential");
        assertThat(password.next()).isEqualTo("db-credential");

        List<LoggedRequest> calls = fake.requests("POST", "/api/2.0/database/credentials");
        assertThat(calls).hasSize(2).allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
            assertThat(r.getBodyAsString()).contains("\"instance_names\":[\"lakeside-db\"]").contains("\"request_id\":\"");
        });
        assertThat(calls.get(0).getBodyAsString()).isNotEqualTo(calls.get(1).getBodyAsString()); // new request id each time
    }

    @Test
    void withoutInstanceName_thePasswordIsTheAppsOAuthToken() {
        DatabricksLakebasePassword password = new DatabricksLakebasePassword(clients, null);

        assertThat(password.next()).isEqualTo(DatabricksFake.SP_TOKEN);
        assertThat(fake.requests("POST", "/oidc/v1/token")).isNotEmpty();
        assertThat(fake.requests("POST", "/api/2.0/database/credentials")).isEmpty();
    }
}
