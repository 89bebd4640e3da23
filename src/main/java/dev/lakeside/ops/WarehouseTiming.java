package dev.lakeside.ops;

import dev.lakeside.warehouse.Warehouse;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps the {@link Warehouse} bean, whichever mode created it, in a {@link TimedWarehouse}: one place
 * measures warehouse latency for DuckDB and Databricks alike, without touching either implementation.
 */
@Configuration(proxyBeanMethods = false)
class WarehouseTiming {

    /** Static, and the registry looked up at first use, so the post-processor does not initialise beans early. */
    @Bean
    static BeanPostProcessor timedWarehousePostProcessor(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Warehouse warehouse && !(bean instanceof TimedWarehouse)
                        ? new TimedWarehouse(warehouse, registry::getObject) : bean;
            }
        };
    }
}
