package dev.lakeside.databricks;

import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.warehouse.WarehouseProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Databricks path, chosen by {@code lakeside.warehouse.mode=databricks}: the warehouse bean is a
 * {@link DatabricksWarehouse}; no DuckDB file is opened and no demo data generated. Together with
 * {@code lakeside.identity.mode=app|user} this one switch decides everything.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "databricks")
class DatabricksConfiguration {

    @Bean(destroyMethod = "close")
    DatabricksWarehouse databricksWarehouse(DatabricksProperties databricks, WarehouseProperties warehouse,
                                            IdentityProperties identity, CurrentUser currentUser,
                                            ApplicationEventPublisher events) {
        WorkspaceAddress address = WorkspaceAddress.parse(databricks.host());
        WorkspaceCheck.requireComplete(databricks, identity.mode() == IdentityMode.USER);
        WorkspaceCheck.requireReachable(address, databricks.startupCheckTimeout());
        return new DatabricksWarehouse(databricks, address, identity.mode(), currentUser::get,
                warehouse.statementTimeout(), events::publishEvent);
    }
}
