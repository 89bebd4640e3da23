package dev.lakeside.live;

import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Wires the live sensor demo. Simulator and pipeline start once the app is ready, on the embedded
 * warehouse with demo data where {@code lakeside.live.*.enabled} says so. On Databricks only the
 * pipeline can run, when {@code lakeside.live.pipeline.on-databricks} is set; it creates its tables first.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LiveConfiguration.class);

    private final Clock clock = Clock.systemUTC();

    @Bean(destroyMethod = "close")
    SimulatorRunner sensorSimulator(Warehouse warehouse, LiveProperties properties) {
        return new SimulatorRunner(warehouse, properties.simulator(), clock);
    }

    @Bean
    SensorRollUp sensorRollUp(Warehouse warehouse, LiveProperties properties) {
        return new SensorRollUp(warehouse, SensorTables.DEMO, properties.pipeline(), clock);
    }

    @Bean(destroyMethod = "close")
    PipelineRunner sensorPipeline(SensorRollUp rollUp, LiveProperties properties) {
        return new PipelineRunner(rollUp, properties.pipeline().interval());
    }

    @Bean(destroyMethod = "close")
    ScheduledRefreshTicker liveRefreshTicker() {
        return new ScheduledRefreshTicker();
    }

    @Bean
    LiveFeed liveFeed(Warehouse warehouse, ScheduledRefreshTicker ticker, MeterRegistry meters) {
        return new LiveFeed(new DashboardQuery(warehouse, SensorTables.DEMO, clock), ticker, meters);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startDemo(ApplicationReadyEvent event) {
        var env = event.getApplicationContext().getEnvironment();
        boolean embedded = "embedded".equals(env.getProperty("lakeside.warehouse.mode", "embedded"));
        boolean demo = embedded && env.getProperty("lakeside.demo.enabled", Boolean.class, true);
        LiveProperties properties = event.getApplicationContext().getBean(LiveProperties.class);
        boolean onDatabricks = !embedded && properties.pipeline().onDatabricks();
        if (properties.pipeline().enabled()
                && (demo || onDatabricks && tablesCreated(event.getApplicationContext().getBean(Warehouse.class)))) {
            event.getApplicationContext().getBean(PipelineRunner.class).start();
        }
        if (demo && properties.simulator().enabled()) {
            event.getApplicationContext().getBean(SimulatorRunner.class).start();
        }
    }

    /** On Databricks the pipeline creates its tables first; if the warehouse refuses, the app runs without it. */
    private boolean tablesCreated(Warehouse warehouse) {
        try {
            SensorTableSetup.createIfMissing(warehouse, SensorTables.DEMO, LocalDateTime.now(clock));
            return true;
        } catch (WarehouseException e) {
            log.warn("Live pipeline not started: its tables could not be created: {}", e.getMessage());
            return false;
        }
    }
}
