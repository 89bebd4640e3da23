package dev.lakeside.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the {@link SensorRollUp} on its own thread, one run after another with a short pause. */
final class PipelineRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PipelineRunner.class);

    private final SensorRollUp rollUp;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sensor-pipeline").factory());
    private volatile RollUpReport lastReport;

    PipelineRunner(SensorRollUp rollUp, Duration interval) {
        this.rollUp = rollUp;
        this.interval = interval;
    }

    void start() {
        executor.scheduleWithFixedDelay(this::runQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Sensor pipeline started: a run every {} ms", interval.toMillis());
    }

    RollUpReport lastReport() {
        return lastReport;
    }

    private void runQuietly() {
        try {
            lastReport = rollUp.runOnce();
        } catch (RuntimeException e) {
            // Rolled back (DuckDB) or left idempotent writes (Databricks): the next run redoes it from the checkpoint.
            log.warn("Sensor pipeline run failed, retrying: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        ExecutorShutdown.stopAndWait(executor);
    }
}
