package dev.lakeside.lakebase;

import com.databricks.sdk.service.database.GenerateDatabaseCredentialRequest;
import dev.lakeside.databricks.WorkspaceClients;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Passwords from the workspace, as the app's service principal. With an instance name, each is a new
 * database credential ({@code POST /api/2.0/database/credentials}, about 1 h); without, the app's own
 * OAuth access token, which Lakebase also accepts as the password of the principal's role.
 */
final class DatabricksLakebasePassword implements LakebasePassword {

    private final WorkspaceClients clients;
    private final String instanceName;

    DatabricksLakebasePassword(WorkspaceClients clients, String instanceName) {
        this.clients = clients;
        this.instanceName = instanceName;
    }

    @Override
    public String next() {
        if (instanceName != null) {
            return clients.asApp(w -> w.database().generateDatabaseCredential(new GenerateDatabaseCredentialRequest()
                    .setInstanceNames(List.of(instanceName)).setRequestId(UUID.randomUUID().toString())).getToken());
        }
        return clients.asApp(w -> bearer(w.config().authenticate()));
    }

    private static String bearer(Map<String, String> headers) {
        String authorization = headers.get("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new IllegalStateException("The workspace client gave no OAuth token for Lakebase");
        }
        return authorization.substring("Bearer ".length());
    }
}
