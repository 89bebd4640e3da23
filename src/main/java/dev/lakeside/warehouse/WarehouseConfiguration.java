package dev.lakeside.warehouse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;

/** Creates the {@link Warehouse} chosen by {@code lakeside.warehouse.mode}. */
@Configuration(proxyBeanMethods = false)
class WarehouseConfiguration {

    /** {@code @Fallback}: injection points for {@link Warehouse} get the timed decorator (dev.lakeside.ops) instead. */
    @Bean(destroyMethod = "close")
    @Fallback
    @ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "embedded", matchIfMissing = true)
    DuckDbWarehouse embeddedWarehouse(WarehouseProperties properties, ApplicationEventPublisher events) {
        return new DuckDbWarehouse(properties.dataDir().resolve("lakeside.duckdb"), properties.statementTimeout(),
                events::publishEvent);
    }
}
