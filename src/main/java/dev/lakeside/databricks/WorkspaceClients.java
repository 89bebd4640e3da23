package dev.lakeside.databricks;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.lakeside.databricks.Credentials.Credential;
import dev.lakeside.warehouse.WarehouseException;

import java.util.function.Function;

/**
 * databricks-sdk-java clients for workspace API calls (Unity Catalog, Model Serving, Jobs, Files).
 * {@link #asCaller} follows the same identity rule as the warehouse ({@link Credentials}): in identity
 * mode {@code user}, the call carries the signed-in user's token. {@link #asApp} always uses the
 * app's own service principal, for APIs that have no user scope (Jobs). SDK errors are translated to
 * {@link WarehouseException}s with a message fit for the user.
 */
public final class WorkspaceClients {

    private final DatabricksProperties properties;
    private final WorkspaceAddress address;
    private final Credentials credentials;
    private final Cache<String, WorkspaceClient> userClients;
    private volatile WorkspaceClient appClient;

    WorkspaceClients(DatabricksProperties properties, WorkspaceAddress address, Credentials credentials) {
        this.properties = properties;
        this.address = address;
        this.credentials = credentials;
        this.userClients = Caffeine.newBuilder().expireAfterAccess(properties.userPoolIdle()).maximumSize(1000).build();
    }

    /** Runs {@code work} as whoever the identity mode says: the app, or the signed-in user. */
    public <T> T asCaller(Function<WorkspaceClient, T> work) {
        return call(work, credentials.current());
    }

    /** Runs {@code work} as the app's service principal (or local token), whatever the identity mode. */
    public <T> T asApp(Function<WorkspaceClient, T> work) {
        return call(work, Credential.APP);
    }

    /** The workspace's base URL, e.g. {@code https://adb-1.azuredatabricks.net}. */
    public String baseUrl() {
        return address.baseUrl();
    }

    private <T> T call(Function<WorkspaceClient, T> work, Credential credential) {
        try {
            return work.apply(client(credential));
        } catch (WarehouseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw DatabricksErrors.translate(e, null);
        }
    }

    private WorkspaceClient client(Credential credential) {
        if (!credential.isApp()) {
            return userClients.get(credential.accessToken(), token -> new WorkspaceClient(tokenConfig(token)));
        }
        WorkspaceClient client = appClient;
        if (client == null) {
            synchronized (this) {
                if (appClient == null) {
                    appClient = new WorkspaceClient(properties.hasServicePrincipal()
                            ? base().setAuthType("oauth-m2m").setClientId(properties.clientId())
                            .setClientSecret(properties.clientSecret())
                            : tokenConfig(properties.token()));
                }
                client = appClient;
            }
        }
        return client;
    }

    private DatabricksConfig tokenConfig(String token) {
        return base().setAuthType("pat").setToken(token);
    }

    private DatabricksConfig base() {
        return new DatabricksConfig().setHost(address.baseUrl()).setHttpTimeoutSeconds(30);
    }
}
