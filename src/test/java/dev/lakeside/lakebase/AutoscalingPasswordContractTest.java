package dev.lakeside.lakebase;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.lakeside.databricks.DatabricksFake;
import dev.lakeside.databricks.WorkspaceClients;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lakebase Autoscaling passwords from the real databricks-sdk-java against the fake workspace: the postgres
 * credential API for the endpoint, as the app's service principal, one credential kept until ten minutes
 * before its expire_time.
 */
class AutoscalingPasswordContractTest {

    private static final String CREDENTIALS = "/api/2.0/postgres/credentials";
    private static final String ENDPOINT = "projects/lakeside/branches/production/endpoints/primary";
    private static final Instant NOW = Instant.parse("2026-11-23T22:00:00Z");

    private final DatabricksFake fake = new DatabricksFake();
    private final WorkspaceClients clients = fake.workspaceClients(IdentityMode.USER,
            () -> new UserIdentity("alice", "a@x.com", "Alice", "token-alice", UserIdentity.Source.FORWARDED_HEADERS));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void password_isACredentialForTheEndpoint_requestedAsTheApp() {
        givenCredential("pg-token-1", "2026-11-23T23:00:00Z");

        assertThat(password(NOW).next()).isEqualTo("pg-token-1");

        assertThat(fake.requests("POST", CREDENTIALS)).singleElement().satisfies(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
            assertThat(r.getBodyAsString()).contains("\"endpoint\":\"" + ENDPOINT + "\"");
        });
    }

    @Test
    void credential_isKeptForNewConnections_untilTenMinutesBeforeItExpires_thenRenewed() {
        givenCredential("pg-token-1", "2026-11-23T23:00:00Z");
        MovableClock clock = new MovableClock(NOW);
        AutoscalingPassword password = new AutoscalingPassword(clients, ENDPOINT, Duration.ofMinutes(10), clock);

        assertThat(password.next()).isEqualTo("pg-token-1");
        clock.now = Instant.parse("2026-11-23T22:49:59Z");
        assertThat(password.next()).isEqualTo("pg-token-1");
        assertThat(fake.requests("POST", CREDENTIALS)).hasSize(1);

        givenCredential("pg-token-2", "2026-11-24T00:00:00Z");
        clock.now = Instant.parse("2026-11-23T22:50:00Z");

        assertThat(password.next()).isEqualTo("pg-token-2");
        assertThat(fake.requests("POST", CREDENTIALS)).hasSize(2);
    }

    @Test
    void credentialWithoutExpiry_isNotKept() {
        fake.server().stubFor(post(CREDENTIALS).willReturn(okJson("{\"token\":\"pg-token-1\"}")));
        AutoscalingPassword password = password(NOW);

        password.next();
        password.next();

        List<LoggedRequest> calls = fake.requests("POST", CREDENTIALS);
        assertThat(calls).hasSize(2);
    }

    private AutoscalingPassword password(Instant now) {
        return new AutoscalingPassword(clients, ENDPOINT, Duration.ofMinutes(10), Clock.fixed(now, ZoneOffset.UTC));
    }

    private void givenCredential(String token, String expireTime) {
        fake.server().stubFor(post(CREDENTIALS).willReturn(okJson(
                "{\"token\":\"" + token + "\",\"expire_time\":\"" + expireTime + "\"}")));
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
