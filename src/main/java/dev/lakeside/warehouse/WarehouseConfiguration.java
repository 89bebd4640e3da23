package dev.lakeside.warehouse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the {@link Warehouse} chosen by {@code lakeside.warehouse.mode}. */
@Configuration(proxyBeanMethods = false)
class WarehouseConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "embedded", matchIfMissing = true)
    DuckDbWarehouse embeddedWarehouse(WarehouseProperties properties, ApplicationEventPublisher events) {
        return new DuckDbWarehouse(properties.dataDir().resolve("lakeside.duckdb"), properties.statementTimeout(),
                events::publishEvent);
    }
}
