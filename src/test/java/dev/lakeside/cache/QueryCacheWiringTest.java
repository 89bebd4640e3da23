package dev.lakeside.cache;

import dev.lakeside.warehouse.DuckDbDialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TablesWritten;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache as Spring builds it: bound properties, and table writes arriving as events. */
class QueryCacheWiringTest {

    private static final TableName FRUIT = new TableName("main", "fruit");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CacheConfiguration.class)
            .withPropertyValues("lakeside.cache.regions.fixer.ttl=30s");

    @Test
    void publishTablesWritten_forACachedRead_nextGetReloads() {
        context.run(spring -> {
            QueryCache cache = spring.getBean(QueryCache.class);
            SqlStatement statement = new SqlBuilder(new DuckDbDialect()).sql("SELECT * FROM ").table(FRUIT).build();
            AtomicInteger loads = new AtomicInteger();
            Runnable read = () -> cache.get(statement, CacheScope.SHARED, CachePolicy.region("fixer"), () -> {
                loads.incrementAndGet();
                return Results.names("apple");
            });

            read.run();
            read.run();
            spring.publishEvent(new TablesWritten(Set.of(FRUIT)));
            read.run();

            assertThat(loads).hasValue(2);
            assertThat(spring.getBean(CacheProperties.class).ttlFor("fixer")).isEqualTo(Duration.ofSeconds(30));
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CacheProperties.class)
    @Import(QueryCache.class)
    static class CacheConfiguration {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
