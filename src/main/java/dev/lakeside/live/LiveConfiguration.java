package dev.lakeside.live;

import dev.lakeside.warehouse.Warehouse;
import io.micrometer.core.instrument.MeterRegistry;
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
        if (onDatabricks) {
            SensorTableSetup.createIfMissing(event.getApplicationContext().getBean(Warehouse.class), SensorTables.DEMO,
                    LocalDateTime.now(clock));
        }
        if ((demo || onDatabricks) && properties.pipeline().enabled()) {
            event.getApplicationContext().getBean(PipelineRunner.class).start();
        }
        if (demo && properties.simulator().enabled()) {
            event.getApplicationContext().getBean(SimulatorRunner.class).start();
        }
    }
}
