package dev.lakeside.live;

import dev.lakeside.warehouse.Warehouse;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import java.time.Clock;

/**
 * Wires the live sensor demo. Simulator and pipeline start once the app is ready, only on the
 * embedded warehouse with demo data and only where {@code lakeside.live.*.enabled} says so.
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
        return new SensorRollUp(warehouse, properties.pipeline(), clock);
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
        return new LiveFeed(new DashboardQuery(warehouse, clock), ticker, meters);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startDemo(ApplicationReadyEvent event) {
        var env = event.getApplicationContext().getEnvironment();
        boolean demo = "embedded".equals(env.getProperty("lakeside.warehouse.mode", "embedded"))
                && env.getProperty("lakeside.demo.enabled", Boolean.class, true);
        LiveProperties properties = event.getApplicationContext().getBean(LiveProperties.class);
        if (demo && properties.pipeline().enabled()) {
            event.getApplicationContext().getBean(PipelineRunner.class).start();
        }
        if (demo && properties.simulator().enabled()) {
            event.getApplicationContext().getBean(SimulatorRunner.class).start();
        }
    }
}
