package dev.lakeside.databricks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How to reach the Databricks SQL warehouse ({@code lakeside.warehouse.mode=databricks}). On
 * Databricks Apps every value comes from the injected environment (see application.properties);
 * locally set {@code DATABRICKS_HOST}, {@code DATABRICKS_WAREHOUSE_ID} and a token or a service
 * principal.
 *
 * @param host               workspace host, with or without {@code https://}; {@code http://} only
 *                           for a local fake (the contract tests)
 * @param warehouseId        the SQL warehouse id (the Apps {@code sql-warehouse} resource)
 * @param catalog            Unity Catalog catalog that {@code schema.table} names resolve in
 * @param clientId           the app's service principal (OAuth M2M), from {@code DATABRICKS_CLIENT_ID}
 * @param clientSecret       its secret, from {@code DATABRICKS_CLIENT_SECRET}
 * @param token              a personal access token for local runs (used when no service principal is set,
 *                           and as the local user's token in identity mode {@code user})
 * @param poolSize           connections of the service-principal pool, and of each user's pool
 * @param maxConnectionLife  a pooled connection is replaced after this (below the 1 h token lifetime)
 * @param userPoolIdle       a signed-in user's pool is closed after this long unused
 * @param readAttempts       attempts for a read that failed with a retryable error (1 = no retry)
 * @param retryBackoff       wait before the first retry; doubled for each further one
 * @param workspaceCheckTimeout how long readiness waits for the workspace's answer (it never stops the start)
 */
@ConfigurationProperties("lakeside.databricks")
public record DatabricksProperties(String host,
                                   String warehouseId,
                                   @DefaultValue("main") String catalog,
                                   String clientId,
                                   String clientSecret,
                                   String token,
                                   @DefaultValue("8") int poolSize,
                                   @DefaultValue("30m") Duration maxConnectionLife,
                                   @DefaultValue("10m") Duration userPoolIdle,
                                   @DefaultValue("3") int readAttempts,
                                   @DefaultValue("2s") Duration retryBackoff,
                                   @DefaultValue("5s") Duration workspaceCheckTimeout) {

    boolean hasServicePrincipal() {
        return present(clientId) && present(clientSecret);
    }

    boolean hasToken() {
        return present(token);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
