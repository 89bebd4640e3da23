package dev.lakeside.databricks;

import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness of the SQL warehouse from the real databricks-sdk-java against the fake workspace: the
 * warehouse's state as the app (never a query, which would start a stopped warehouse), kept for the TTL.
 */
class WarehouseReadinessContractTest {

    private static final String WAREHOUSES = "/api/2.0/sql/warehouses/.*";

    private final DatabricksFake fake = new DatabricksFake();
    private final StoppedClock clock = new StoppedClock();
    private final WarehouseReadiness readiness = new WarehouseReadiness(fake.workspaceClients(IdentityMode.USER,
            () -> new UserIdentity("alice", "a@x.com", "Alice", "token-alice", UserIdentity.Source.FORWARDED_HEADERS)),
            "abc123", Duration.ofSeconds(10), Duration.ofSeconds(30), clock);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void runningWarehouse_isReady_askedAsTheAppForThatWarehouse() {
        Health health = readiness.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("state", "RUNNING");
        assertThat(fake.requests("GET", WAREHOUSES)).singleElement().satisfies(request -> {
            assertThat(request.getUrl()).isEqualTo("/api/2.0/sql/warehouses/abc123");
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
        });
    }

    @Test
    void stoppedWarehouse_isReady_andIsNotStartedByTheProbe() {
        fake.warehouseState("STOPPED");

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(fake.requests("POST", "/api/2.0/sql/.*")).isEmpty();
    }

    @Test
    void deletedWarehouse_isNotReady() {
        fake.warehouseState("DELETED");

        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void warehouseTheAppMayNotSee_isNotReady_withTheReason() {
        fake.server().stubFor(get(urlPathMatching(WAREHOUSES)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error_code\":\"PERMISSION_DENIED\",\"message\":\"no CAN_USE\"}")));

        Health health = readiness.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("error");
    }

    @Test
    void workspaceAnsweringServerErrors_isNotReady_withTheReasonInWords_andTheWarehouseIsNotAsked() {
        fake.server().stubFor(get("/oidc/.well-known/oauth-authorization-server").willReturn(aResponse().withStatus(503)));

        Health health = readiness.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("problem"))
                .isEqualTo("The Databricks workspace " + fake.baseUrl() + " answered HTTP 503. Check the workspace status, "
                        + "and DATABRICKS_HOST.");
        assertThat(readiness.lastProblem()).contains((String) health.getDetails().get("problem"));
        assertThat(fake.requests("GET", WAREHOUSES)).isEmpty();
    }

    @Test
    void deletedWarehouse_problemSaysWhatToDo() {
        fake.warehouseState("DELETED");

        readiness.health();

        assertThat(readiness.lastProblem()).hasValueSatisfying(problem ->
                assertThat(problem).contains("abc123 is DELETED").contains("sql-warehouse"));
    }

    @Test
    void lastProblem_isEmpty_beforeTheFirstAnswer_andWhenReady() {
        assertThat(readiness.lastProblem()).isEmpty();

        readiness.health();

        assertThat(readiness.lastProblem()).isEmpty();
    }

    @Test
    void answer_isKeptForTheTtl_thenAskedAgain() {
        readiness.health();
        fake.warehouseState("DELETED");
        clock.advance(Duration.ofSeconds(9));
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);

        clock.advance(Duration.ofSeconds(2));

        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(fake.requests("GET", WAREHOUSES)).hasSize(2);
    }

    /** A clock that moves only when the test says so. */
    private static final class StoppedClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T22:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
