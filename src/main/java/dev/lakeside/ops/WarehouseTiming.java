package dev.lakeside.ops;

import dev.lakeside.warehouse.Warehouse;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

/**
 * One place measures warehouse latency for every implementation: the {@link Warehouse} that
 * application code gets injected is a {@link TimedWarehouse} around the implementation the mode chose.
 * The implementations are {@code @Fallback} beans, so they stay injectable by their own types (tests,
 * the live pipeline) and a test's {@code @Primary} wrapper still wins over this decorator.
 */
@Configuration(proxyBeanMethods = false)
class WarehouseTiming {

    @Bean
    TimedWarehouse timedWarehouse(ConfigurableListableBeanFactory beans, ObjectProvider<MeterRegistry> registry) {
        String implementation = Arrays.stream(beans.getBeanNamesForType(Warehouse.class, false, false))
                .filter(name -> beans.containsBeanDefinition(name) && beans.getBeanDefinition(name).isFallback())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No @Fallback Warehouse implementation to time"));
        return new TimedWarehouse(beans.getBean(implementation, Warehouse.class), registry::getObject);
    }
}
