package dev.lakeside.databricks;

import java.net.URI;

/**
 * A workspace host as Databricks Apps injects it ({@code DATABRICKS_HOST}, with or without
 * {@code https://}). {@code http://} is accepted for a local fake only; it turns TLS off.
 *
 * @param hostname the host name, such as {@code adb-123.4.azuredatabricks.net}
 * @param port     443 unless given
 * @param tls      false only for an explicit {@code http://} address
 */
record WorkspaceAddress(String hostname, int port, boolean tls) {

    static WorkspaceAddress parse(String host) {
        if (!DatabricksProperties.present(host)) {
            throw new DatabricksSetupException("No Databricks workspace host is set.",
                    "Set DATABRICKS_HOST (or lakeside.databricks.host) to your workspace URL, such as "
                            + "https://adb-1234567890123456.7.azuredatabricks.net.");
        }
        String trimmed = host.trim();
        URI uri = URI.create(trimmed.contains("://") ? trimmed : "https://" + trimmed);
        if (uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw new DatabricksSetupException("The Databricks host '" + host + "' is not a workspace URL.",
                    "Set DATABRICKS_HOST to the workspace URL, such as https://dbc-1234abcd-5678.cloud.databricks.com.");
        }
        boolean tls = uri.getScheme().equals("https");
        return new WorkspaceAddress(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80, tls);
    }

    /** The base URL for REST calls, such as {@code https://host:443}. */
    String baseUrl() {
        return (tls ? "https://" : "http://") + hostname + ":" + port;
    }

    /** The JDBC URL of a warehouse, without credentials (they go into connection properties). */
    String jdbcUrl(String warehouseId) {
        return "jdbc:databricks://" + hostname + ":" + port + "/default;transportMode=http;ssl=" + (tls ? 1 : 0)
                + ";httpPath=/sql/1.0/warehouses/" + warehouseId;
    }
}
