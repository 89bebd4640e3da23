package dev.lakeside.demo;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataInitializerTest {

    private static final DemoDataProperties TINY = new DemoDataProperties(true, 42, 40, 100, 100, 100, 20, 50);

    @TempDir
    Path tempDir;

    @Test
    void contextStart_embeddedWarehouse_dataExistsOnceStarted() {
        try (DuckDbWarehouse warehouse = open()) {
            runner(warehouse).run(context -> {
                assertThat(context).hasSingleBean(DemoDataInitializer.class);
                assertThat(DemoDataGeneratorTest.count(warehouse, TaxiData.TRIPS)).isEqualTo(100);
            });
        }
    }

    @Test
    void contextStart_databricksMode_noDemoData() {
        try (DuckDbWarehouse warehouse = open()) {
            runner(warehouse).withPropertyValues("lakeside.warehouse.mode=databricks")
                    .run(context -> assertThat(context).doesNotHaveBean(DemoDataInitializer.class));
        }
    }

    @Test
    void contextStart_demoDisabled_noDemoData() {
        try (DuckDbWarehouse warehouse = open()) {
            runner(warehouse).withPropertyValues("lakeside.demo.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean(DemoDataInitializer.class));
        }
    }

    private ApplicationContextRunner runner(DuckDbWarehouse warehouse) {
        return new ApplicationContextRunner()
                .withBean(Warehouse.class, () -> warehouse)
                .withBean(DemoDataProperties.class, () -> TINY)
                .withUserConfiguration(DemoDataInitializer.class);
    }

    private DuckDbWarehouse open() {
        return new DuckDbWarehouse(tempDir.resolve("t.duckdb"), Duration.ofSeconds(60), e -> { });
    }
}
