package dev.lakeside.live;

import dev.lakeside.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives the {@link SensorSimulator}: every batch interval, whatever the devices delivered goes to
 * bronze as one batch. Can be paused from the dashboard; resuming does not replay the pause.
 */
final class SimulatorRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatorRunner.class);

    private final SensorSimulator simulator;
    private final BronzeAppender appender;
    private final LiveProperties.Simulator settings;
    private final Clock clock;
    private final AtomicLong appended = new AtomicLong();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("sensor-simulator").factory());
    private volatile boolean paused;

    SimulatorRunner(Warehouse warehouse, LiveProperties.Simulator settings, Clock clock) {
        this.simulator = new SensorSimulator(settings, clock.instant());
        this.appender = new BronzeAppender(warehouse, SensorTables.DEMO);
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts emitting on its own thread. */
    void start() {
        simulator.resumeAt(clock.instant());
        long millis = settings.batchInterval().toMillis();
        executor.scheduleAtFixedRate(this::tickQuietly, millis, millis, TimeUnit.MILLISECONDS);
        log.info("Sensor simulator started: {} readings/s over {} devices, a batch every {} ms",
                settings.readingsPerSecond(), simulator.deviceIds().size(), millis);
    }

    /** One batch: what the devices delivered since the last one, appended in one transaction. */
    synchronized int tick() {
        if (paused) {
            return 0;
        }
        Instant now = clock.instant();
        List<SensorReading> batch = simulator.deliver(now);
        int written = appender.append(batch, now);
        appended.addAndGet(written);
        return written;
    }

    synchronized void pause() {
        paused = true;
    }

    synchronized void resume() {
        if (paused) {
            simulator.resumeAt(clock.instant());
            paused = false;
        }
    }

    boolean paused() {
        return paused;
    }

    long appended() {
        return appended.get();
    }

    private void tickQuietly() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("Sensor simulator batch failed; the readings of this batch are lost: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        ExecutorShutdown.stopAndWait(executor);
    }
}
