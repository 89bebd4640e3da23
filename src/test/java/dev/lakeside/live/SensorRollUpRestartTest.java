package dev.lakeside.live;

import dev.lakeside.warehouse.DuckDbWarehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.lakeside.live.Rows.assertSameRows;
import static dev.lakeside.live.SensorWarehouse.readings;
import static dev.lakeside.live.SensorWarehouse.tooLate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SensorRollUpRestartTest {

    static final Instant ORIGIN = Instant.parse("2026-11-21T08:00:00Z");
    /** Small runs, so that the backlog takes several runs and the crash lands in the middle. */
    static final LiveProperties.Pipeline SMALL_RUNS = new LiveProperties.Pipeline(false, Duration.ofSeconds(1),
            Duration.ofSeconds(10), Duration.ofSeconds(30), 6, 70, false);

    @TempDir
    Path tempDir;

    @Test
    void crashAfterSilverAndGoldBeforeCheckpoint_restartedProcessorOnReopenedFile_countsEveryReadingOnce() {
        Path file = tempDir.resolve("live.duckdb");
        long processedBefore;
        try (DuckDbWarehouse warehouse = SensorWarehouse.create(file)) {
            processedBefore = new SensorRollUp(warehouse, SensorTables.DEMO, SMALL_RUNS, Clock.systemUTC()).checkpoint().processed();
            BronzeAppender bronze = new BronzeAppender(warehouse, SensorTables.DEMO);
            // The watermark is shared by all devices (as in Spark), so both devices report in step.
            for (int second = 0; second < 60; second += 5) {
                bronze.append(SensorRollUpTest.batch(readings("test-a", ORIGIN, second, second + 5, 20),
                        readings("test-b", ORIGIN, second, second + 5, 8)), ORIGIN);
            }
            bronze.append(SensorRollUpTest.batch(readings("test-a", ORIGIN, 60, 70, 20),
                    readings("test-b", ORIGIN, 43, 45, 9)), ORIGIN);
            CrashingWarehouse crashing = new CrashingWarehouse(warehouse);
            SensorRollUp first = new SensorRollUp(crashing, SensorTables.DEMO, SMALL_RUNS, Clock.systemUTC());
            first.runOnce();
            first.runOnce();
            String silverBeforeCrash = SensorWarehouse.silver(warehouse).rows().toString();
            String goldBeforeCrash = SensorWarehouse.gold(warehouse).rows().toString();

            crashing.failNextWriteTo(SensorTables.DEMO.checkpoint());
            assertThatThrownBy(first::runOnce).hasMessageContaining("Injected crash");

            assertThat(SensorWarehouse.silver(warehouse).rows().toString()).isEqualTo(silverBeforeCrash);
            assertThat(SensorWarehouse.gold(warehouse).rows().toString()).isEqualTo(goldBeforeCrash);
        }
        try (DuckDbWarehouse reopened = SensorWarehouse.open(file)) {
            new BronzeAppender(reopened, SensorTables.DEMO).append(SensorRollUpTest.batch(readings("test-b", ORIGIN, 60, 66, 8),
                    List.of(tooLate("test-a", ORIGIN, 3))), ORIGIN);
            SensorRollUp restarted = new SensorRollUp(reopened, SensorTables.DEMO, SMALL_RUNS, Clock.systemUTC());
            int runs = 0;
            while (!restarted.runOnce().idle()) {
                runs++;
            }

            assertThat(runs).isGreaterThan(1);
            assertSameRows(SensorWarehouse.silver(reopened), SensorWarehouse.expectedSilver(reopened));
            assertSameRows(SensorWarehouse.gold(reopened), SensorWarehouse.expectedGold(reopened));
            long testReadings = ((Number) SensorWarehouse.query(reopened, b -> b.sql("SELECT count(*) FROM ")
                    .table(SensorTables.DEMO.readings()).sql(" WHERE device_id LIKE 'test-%'")).singleValue()).longValue();
            PipelineCheckpoint end = restarted.checkpoint();
            assertThat(end.processed() - processedBefore).isEqualTo(testReadings);
            assertThat(end.droppedLate()).isEqualTo(1);
        }
    }
}
