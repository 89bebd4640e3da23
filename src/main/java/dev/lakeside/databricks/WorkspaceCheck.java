package dev.lakeside.databricks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Checks at start-up that the settings are complete and that the workspace answers, so a wrong host
 * or an unreachable network stops the application at once with a sentence saying what to fix,
 * instead of every page failing later. It asks the workspace's OAuth discovery document, which needs
 * no credentials; credentials and the warehouse itself are checked by the first query.
 */
final class WorkspaceCheck {

    private WorkspaceCheck() {
    }

    static void requireComplete(DatabricksProperties properties, boolean userMode) {
        if (!DatabricksProperties.present(properties.warehouseId())) {
            throw new DatabricksSetupException("No SQL warehouse id is set.",
                    "Set DATABRICKS_WAREHOUSE_ID (on Databricks Apps: valueFrom: sql-warehouse in app.yaml).");
        }
        if (!userMode && !properties.hasServicePrincipal() && !properties.hasToken()) {
            throw new DatabricksSetupException("No credentials for the app identity.",
                    "Set DATABRICKS_CLIENT_ID and DATABRICKS_CLIENT_SECRET (a service principal), or DATABRICKS_TOKEN "
                            + "(a personal access token) for a local run.");
        }
    }

    static void requireReachable(WorkspaceAddress address, Duration timeout) {
        String url = address.baseUrl() + "/oidc/.well-known/oauth-authorization-server";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 500) {
                throw new DatabricksSetupException("The workspace " + address.baseUrl() + " answered HTTP "
                        + response.statusCode() + ".", "Check DATABRICKS_HOST and the workspace status.");
            }
        } catch (IOException e) {
            throw new DatabricksSetupException("The workspace " + address.baseUrl() + " cannot be reached ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").",
                    "Check DATABRICKS_HOST and your network (VPN, proxy).", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabricksSetupException("Interrupted while checking the workspace.", "Start again.", e);
        } finally {
            client.close();
        }
    }
}
