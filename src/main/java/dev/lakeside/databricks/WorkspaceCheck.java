package dev.lakeside.databricks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings that are missing stop the start at once ({@link #requireComplete}): nothing could work without
 * them, and the fix is in the deployment. Whether the workspace answers is asked only later, by readiness
 * ({@link #unreachable}): a workspace or network that is down at start-up must not stop the app (the platform
 * would restart it in a loop, with nothing to show users), so the app starts and says what is wrong.
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

    /**
     * Why the workspace at {@code baseUrl} cannot be used, in a sentence, or empty when it answers. Asks the
     * OAuth discovery document, which needs no credentials; credentials are checked by the calls themselves.
     */
    static Optional<String> unreachable(String baseUrl, Duration timeout) {
        String url = baseUrl + "/oidc/.well-known/oauth-authorization-server";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() >= 500
                    ? Optional.of("The Databricks workspace " + baseUrl + " answered HTTP " + response.statusCode()
                    + ". Check the workspace status, and DATABRICKS_HOST.")
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of("The Databricks workspace " + baseUrl + " cannot be reached (" + inWords(e, timeout)
                    + "). Check DATABRICKS_HOST and the network (VPN, proxy, workspace network policy).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("The check of the Databricks workspace " + baseUrl + " was interrupted.");
        } finally {
            client.close();
        }
    }

    /** The network failure as a reader would say it, without exception class names. */
    private static String inWords(IOException e, Duration timeout) {
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + timeout.toSeconds() + " s";
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "the host name is not known";
            }
        }
        return e instanceof ConnectException ? "the connection was refused" : "a network error";
    }
}
