package dev.lakeside.lakebase;

import com.databricks.sdk.service.postgres.DatabaseCredential;
import com.databricks.sdk.service.postgres.GenerateDatabaseCredentialRequest;
import dev.lakeside.databricks.WorkspaceClients;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Passwords for a Lakebase Autoscaling endpoint ({@code projects/<p>/branches/<b>/endpoints/<e>}): a database
 * credential from the postgres credential API ({@code POST /api/2.0/postgres/credentials}, databricks-sdk-java's
 * {@code w.postgres().generateDatabaseCredential}), requested as the app's service principal. Lakebase checks
 * the token only at login, so one credential serves every new connection until {@code refreshBefore} ahead of
 * its {@code expire_time}; then the next login gets a new one. A credential without an expiry is not kept.
 */
final class AutoscalingPassword implements LakebasePassword {

    private final WorkspaceClients clients;
    private final String endpoint;
    private final Duration refreshBefore;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    AutoscalingPassword(WorkspaceClients clients, String endpoint, Duration refreshBefore, Clock clock) {
        this.clients = clients;
        this.endpoint = endpoint;
        this.refreshBefore = refreshBefore;
        this.clock = clock;
    }

    @Override
    public synchronized String next() {
        if (token != null && clock.instant().isBefore(refreshAt)) {
            return token;
        }
        DatabaseCredential credential = clients.asApp(w -> w.postgres().generateDatabaseCredential(
                new GenerateDatabaseCredentialRequest().setEndpoint(endpoint)));
        if (credential.getToken() == null || credential.getToken().isBlank()) {
            throw new IllegalStateException("The postgres credential API gave no token for " + endpoint);
        }
        token = credential.getToken();
        refreshAt = credential.getExpireTime() == null ? Instant.MIN
                : Instant.ofEpochSecond(credential.getExpireTime().getSeconds(), credential.getExpireTime().getNanos())
                .minus(refreshBefore);
        return token;
    }
}
