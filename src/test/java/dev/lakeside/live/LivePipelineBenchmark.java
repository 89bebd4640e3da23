package dev.lakeside.live;

import dev.lakeside.demo.DemoDataGenerator;
import dev.lakeside.demo.DemoDataProperties;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.QueryResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures for docs/live.md, not a test: pipeline throughput on a backlog, and the end-to-end lag of
 * the simulator and pipeline running together as in the app. Run with
 * {@code mvn test -Dtest=LivePipelineBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class LivePipelineBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LivePipelineBenchmark.class);
    static final int BACKLOG = 1_000_000;
    static final Duration LAG_RUN = Duration.ofSeconds(60);

    @TempDir
    Path tempDir;

    @Test
    void throughput_backlogOfOneMillionReadings() {
        try (DuckDbWarehouse warehouse = withHistory("throughput")) {
            LiveProperties.Simulator fast = new LiveProperties.Simulator(true, 5000, Duration.ofMillis(200), 0.02, 0.002, 0.002, 7);
            SensorSimulator simulator = new SensorSimulator(fast, Instant.parse("2026-11-22T00:00:00Z"));
            BronzeAppender bronze = new BronzeAppender(warehouse, SensorTables.DEMO);
            long appendNanos = 0;
            int appended = 0;
            Instant clock = Instant.parse("2026-11-22T00:00:00Z");
            while (appended < BACKLOG) {
                clock = clock.plusSeconds(2);
                List<SensorReading> batch = simulator.deliver(clock);
                long start = System.nanoTime();
                appended += bronze.append(batch, clock);
                appendNanos += System.nanoTime() - start;
            }
            SensorRollUp rollUp = new SensorRollUp(warehouse, SensorTables.DEMO, SensorWarehouse.PIPELINE, Clock.systemUTC());
            long start = System.nanoTime();
            long processed = 0;
            int runs = 0;
            for (RollUpReport report = rollUp.runOnce(); !report.idle(); report = rollUp.runOnce()) {
                processed += report.readings();
                runs++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            log.info("BENCHMARK append: {} readings in batches of 10,000 in {} s = {} readings/s", appended,
                    String.format("%.2f", appendNanos / 1e9), Math.round(appended / (appendNanos / 1e9)));
            log.info("BENCHMARK roll-up: {} readings in {} runs of up to 200,000 in {} s = {} readings/s",
                    processed, runs, String.format("%.2f", seconds), Math.round(processed / seconds));
            assertThat(processed).isEqualTo(appended);
        }
    }

    @Test
    void endToEndLag_simulatorAndPipelineAsInTheApp() throws Exception {
        try (DuckDbWarehouse warehouse = withHistory("lag")) {
            LiveProperties defaults = new LiveProperties(
                    new LiveProperties.Simulator(true, 250, Duration.ofMillis(200), 0.02, 0.002, 0.002, 7),
                    new LiveProperties.Pipeline(true, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 6, 200_000, false),
                    new LiveProperties.Dashboard(Duration.ofSeconds(2), Duration.ofSeconds(10)));
            SensorRollUp rollUp = new SensorRollUp(warehouse, SensorTables.DEMO, defaults.pipeline(), Clock.systemUTC());
            List<RollUpReport> reports = new ArrayList<>();
            try (SimulatorRunner simulator = new SimulatorRunner(warehouse, defaults.simulator(), Clock.systemUTC())) {
                simulator.start();
                long end = System.nanoTime() + LAG_RUN.toNanos();
                while (System.nanoTime() < end) {
                    reports.add(rollUp.runOnce());
                    Thread.sleep(defaults.pipeline().interval().toMillis());
                }
            }
            List<Long> lags = new ArrayList<>();
            long readings = 0;
            for (RollUpReport report : reports) {
                if (report.idle()) {
                    continue;
                }
                readings += report.readings();
                QueryResult created = SensorWarehouse.query(warehouse, b -> b.sql("SELECT reading_ts FROM ")
                        .table(SensorTables.DEMO.readings()).sql(" WHERE seq > ").value(report.fromSeq())
                        .sql(" AND seq <= ").value(report.toSeq()).sql(" ORDER BY reading_ts"));
                // Dropped readings are the oldest of their run and never reach gold.
                for (int i = (int) report.dropped(); i < created.size(); i++) {
                    Instant at = created.rows().get(i).getTimestamp("reading_ts").toInstant(ZoneOffset.UTC);
                    lags.add(Duration.between(at, report.committedAt()).toMillis());
                }
            }
            lags.sort(Long::compare);
            log.info("BENCHMARK lag over {} s: {} readings appended, {} in gold, {} dropped; lag ms p50={} p95={} p99={} max={}",
                    LAG_RUN.toSeconds(), readings, lags.size(), readings - lags.size(), percentile(lags, 50),
                    percentile(lags, 95), percentile(lags, 99), lags.getLast());
            log.info("BENCHMARK pipeline kept up: checkpoint at seq {}, bronze at {}", rollUp.checkpoint().lastSeq(),
                    SensorWarehouse.query(warehouse, b -> b.sql("SELECT max(seq) FROM ").table(SensorTables.DEMO.readings())).singleValue());
            assertThat(lags).isNotEmpty();
        }
    }

    private DuckDbWarehouse withHistory(String name) {
        DuckDbWarehouse warehouse = SensorWarehouse.open(tempDir.resolve(name + ".duckdb"));
        new DemoDataGenerator(warehouse).generate(new DemoDataProperties(true, 42, 0, 0, 1_000_000, 0, 0, 0));
        return warehouse;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
