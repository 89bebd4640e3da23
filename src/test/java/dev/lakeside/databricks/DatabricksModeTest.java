package dev.lakeside.databricks;

import dev.lakeside.cache.CacheScope;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lakeside.warehouse.mode=databricks} with {@code lakeside.identity.mode=user} chooses the whole
 * Databricks path: the warehouse is the Databricks one, no DuckDB file is opened, no demo data is
 * generated, and cached results are scoped to the user.
 */
@SpringBootTest(properties = {
        "lakeside.warehouse.mode=databricks",
        "lakeside.identity.mode=user",
        "lakeside.databricks.warehouse-id=wh-42",
        "lakeside.databricks.token=local-dev-token",
        "lakeside.databricks.client-id=",
        "lakeside.databricks.client-secret=",
        // generous: the machine running the suite may be busy; this bounds a wait, it measures nothing
        "lakeside.databricks.workspace-check-timeout=60s"})
class DatabricksModeTest {

    private static final DatabricksFake FAKE = new DatabricksFake();
    private static final Path DATA_DIR = Path.of("target", "databricks-mode-data");

    @Autowired
    ApplicationContext context;
    @Autowired
    Warehouse warehouse;
    @Autowired
    CurrentUser currentUser;

    @DynamicPropertySource
    static void fake(DynamicPropertyRegistry registry) {
        registry.add("lakeside.databricks.host", FAKE::baseUrl);
        registry.add("lakeside.warehouse.data-dir", DATA_DIR::toString);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void databricksMode_createsOnlyTheDatabricksWarehouse() {
        // The Warehouse bean is wrapped for timing (dev.lakeside.ops.WarehouseTiming); the Databricks one is inside.
        assertThat(context.containsBean("databricksWarehouse")).isTrue();
        assertThat(warehouse.dialect().name()).isEqualTo("databricks");
        assertThat(context.getBeansOfType(DuckDbWarehouse.class)).isEmpty();
        assertThat(context.getBeanNamesForType(dev.lakeside.demo.DemoDataProperties.class)).hasSize(1);
        assertThat(context.containsBean("demoDataInitializer")).isFalse();
        assertThat(Files.exists(DATA_DIR.resolve("lakeside.duckdb"))).isFalse();
    }

    @Test
    void userMode_localRun_readsWithTheLocalTokenAndAUserCacheScope() {
        FAKE.givenResult(List.of("n:INT"), "[[\"1\"]]");

        warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT 1 AS ").identifier("n").build());

        assertThat(FAKE.executes().getLast().getHeader("Authorization")).isEqualTo("Bearer local-dev-token");
        assertThat(currentUser.cacheScope()).isEqualTo(CacheScope.user("local.developer@lakeside.dev"));
    }
}
