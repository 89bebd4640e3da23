package dev.lakeside.databricks;

import dev.lakeside.catalog.WarehouseCatalog;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.warehouse.WarehouseProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

import java.time.Clock;
import java.time.Duration;

/**
 * The Databricks path, chosen by {@code lakeside.warehouse.mode=databricks}: the warehouse bean is a
 * {@link DatabricksWarehouse}; no DuckDB file is opened and no demo data generated. Together with
 * {@code lakeside.identity.mode=app|user} this one switch decides everything.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "databricks")
class DatabricksConfiguration {

    @Bean
    WorkspaceAddress databricksWorkspace(DatabricksProperties databricks, IdentityProperties identity) {
        WorkspaceAddress address = WorkspaceAddress.parse(databricks.host());
        // Missing settings stop the start; an unreachable workspace does not (readiness and the banner say so).
        WorkspaceCheck.requireComplete(databricks, identity.mode() == IdentityMode.USER);
        return address;
    }

    @Bean
    Credentials databricksCredentials(DatabricksProperties databricks, IdentityProperties identity, CurrentUser currentUser) {
        return new Credentials(identity.mode(), currentUser::get, databricks);
    }

    /** SDK clients for workspace APIs, as the caller (identity rule of the warehouse) or as the app. */
    @Bean
    WorkspaceClients workspaceClients(DatabricksProperties databricks, WorkspaceAddress address, Credentials credentials) {
        return new WorkspaceClients(databricks, address, credentials);
    }

    /** Health contributor {@code warehouse} (readiness group): workspace and warehouse, asked at most every 10 s. */
    @Bean
    WarehouseReadiness warehouseHealthIndicator(DatabricksProperties databricks, WorkspaceClients clients) {
        return new WarehouseReadiness(clients, databricks.warehouseId(), Duration.ofSeconds(10),
                databricks.workspaceCheckTimeout(), Clock.systemUTC());
    }

    /** The banner of the main layout while readiness is down, in words. */
    @Bean
    WorkspaceNotice workspaceNotice(WarehouseReadiness readiness) {
        return new WorkspaceNotice(readiness);
    }

    /** The catalog browser reads Unity Catalog with the same identity rule as the warehouse. */
    @Bean
    WarehouseCatalog unityCatalog(DatabricksProperties databricks, WorkspaceClients clients) {
        return new UnityCatalog(databricks.catalog(), clients);
    }

    /** {@code @Fallback}: injection points for {@code Warehouse} get the timed decorator (dev.lakeside.ops) instead. */
    @Bean(destroyMethod = "close")
    @Fallback
    DatabricksWarehouse databricksWarehouse(DatabricksProperties databricks, WorkspaceAddress address,
                                            WarehouseProperties warehouse, Credentials credentials,
                                            ApplicationEventPublisher events) {
        return new DatabricksWarehouse(databricks, address, credentials, warehouse.statementTimeout(),
                events::publishEvent);
    }
}
