package dev.lakeside.catalog;

import dev.lakeside.warehouse.Warehouse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog of the embedded warehouse; the Databricks mode provides its own {@link WarehouseCatalog}. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    @ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "embedded", matchIfMissing = true)
    WarehouseCatalog embeddedCatalog(Warehouse warehouse) {
        return new DuckDbCatalog(warehouse);
    }
}
