package dev.lakeside.databricks;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/**
 * Base for tests of the whole application in {@code lakeside.warehouse.mode=databricks} on the Spark stand-in:
 * the production wiring (start-up checks, the audit table created at start-up, services, cache, identity mode
 * app with OAuth M2M against the fake workspace) with every statement running on Spark SQL + Delta. The demo
 * tables are those of {@link BothEngines}; the tools of profile {@code spark-test} edit copies of them, so the
 * comparisons of other tests keep their data. One context is shared by all subclasses.
 */
@SpringBootTest(properties = {
        "lakeside.warehouse.mode=databricks",
        "lakeside.identity.mode=app",
        "lakeside.databricks.warehouse-id=wh-standin",
        "lakeside.databricks.client-id=client-id",
        "lakeside.databricks.client-secret=client-secret",
        "lakeside.databricks.token=",
        "lakeside.databricks.read-attempts=1",
        "lakeside.databricks.workspace-check-timeout=60s",
        "lakeside.warehouse.statement-timeout=120s"})
@ActiveProfiles("spark-test")
public abstract class SparkModeTest {

    /** Tables the {@code spark-test} tools edit: fresh copies of demo tables, made before the context starts. */
    public static final String EDITED_SALES = "gold.sales_edits";
    public static final String EDITED_SUPPLIERS = "gold.suppliers_edits";

    @DynamicPropertySource
    static void standIn(DynamicPropertyRegistry registry) {
        BothEngines engines = BothEngines.shared();
        engines.copyOnSpark("gold.sales", EDITED_SALES);
        engines.copyOnSpark("gold.suppliers", EDITED_SUPPLIERS);
        registry.add("lakeside.databricks.host", engines.fake()::baseUrl);
        registry.add("lakeside.warehouse.data-dir", () -> Path.of("target", "spark-mode-data").toString());
    }
}
