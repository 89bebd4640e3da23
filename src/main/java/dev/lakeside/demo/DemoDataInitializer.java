package dev.lakeside.demo;

import dev.lakeside.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Generates the demo data while the application context starts, so the web server only opens
 * once the tables exist. Runs for the embedded warehouse only: a Databricks warehouse holds real data.
 * Datasets already generated with the same sizes and seed are kept, including any fixes made since.
 */
@Component
@ConditionalOnProperty(name = "lakeside.demo.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "embedded", matchIfMissing = true)
class DemoDataInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

    private final Warehouse warehouse;
    private final DemoDataProperties properties;

    DemoDataInitializer(Warehouse warehouse, DemoDataProperties properties) {
        this.warehouse = warehouse;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        GenerationReport report = new DemoDataGenerator(warehouse).generate(properties);
        for (GenerationReport.Dataset dataset : report.datasets()) {
            log.info("Demo dataset {}: {} {} rows in {} ms", dataset.name(),
                    dataset.generated() ? "generated" : "skipped, already has", dataset.rows(), dataset.millis());
        }
        log.info("Demo data ready in {} ms (generated: {}; skipped: {})", report.totalMillis(),
                names(report.generated()), names(report.skipped()));
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
