package dev.lakeside.live;

import dev.lakeside.warehouse.DuckDbWarehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.lakeside.live.Rows.assertSameRows;
import static dev.lakeside.live.SensorWarehouse.readings;
import static dev.lakeside.live.SensorWarehouse.tooLate;
import static org.assertj.core.api.Assertions.assertThat;

class SensorRollUpTest {

    static final Instant ORIGIN = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path tempDir;
    DuckDbWarehouse warehouse;
    BronzeAppender bronze;
    SensorRollUp rollUp;

    @BeforeEach
    void open() {
        warehouse = SensorWarehouse.create(tempDir.resolve("live.duckdb"));
        bronze = new BronzeAppender(warehouse, SensorTables.DEMO);
        rollUp = new SensorRollUp(warehouse, SensorTables.DEMO, SensorWarehouse.PIPELINE, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void threeRunsWithLateAndTooLateReadings_silverAndGoldEqualDirectAggregateWithoutTheTooLate() {
        bronze.append(batch(readings("test-a", ORIGIN, 0, 60, 20), readings("test-b", ORIGIN, 0, 45, 5)), ORIGIN);
        rollUp.runOnce();
        // Watermark now 59.5 s - 30 s = 29.5 s: windows ending after it still take readings.
        bronze.append(batch(readings("test-a", ORIGIN, 60, 65, 20), readings("test-a", ORIGIN, 25, 26, 30),
                readings("test-a", ORIGIN, 35, 37, 30), List.of(tooLate("test-a", ORIGIN, 15), tooLate("test-b", ORIGIN, 2)),
                readings("test-b", ORIGIN, 45, 62, 5)), ORIGIN);
        RollUpReport second = rollUp.runOnce();
        // The window [60, 70) is completed by this run; watermark 64.5 s - 30 s = 34.5 s drops [20, 30) now.
        bronze.append(batch(readings("test-a", ORIGIN, 65, 80, 20), List.of(tooLate("test-a", ORIGIN, 22)),
                readings("test-a", ORIGIN, 44, 45, 40)), ORIGIN);
        RollUpReport third = rollUp.runOnce();

        assertSameRows(SensorWarehouse.silver(warehouse), SensorWarehouse.expectedSilver(warehouse));
        assertSameRows(SensorWarehouse.gold(warehouse), SensorWarehouse.expectedGold(warehouse));
        assertThat(second.dropped()).isEqualTo(2);
        assertThat(third.dropped()).isEqualTo(1);
        assertThat(rollUp.checkpoint().droppedLate()).isEqualTo(SensorWarehouse.tooLateCount(warehouse)).isEqualTo(3);
    }

    @Test
    void runWithNothingNew_changesNothingButTheHeartbeat() {
        bronze.append(readings("test-a", ORIGIN, 0, 30, 20), ORIGIN);
        rollUp.runOnce();
        var silverBefore = SensorWarehouse.silver(warehouse).rows().toString();
        PipelineCheckpoint before = rollUp.checkpoint();

        RollUpReport idle = rollUp.runOnce();

        assertThat(idle.idle()).isTrue();
        assertThat(SensorWarehouse.silver(warehouse).rows().toString()).isEqualTo(silverBefore);
        PipelineCheckpoint after = rollUp.checkpoint();
        assertThat(after.lastSeq()).isEqualTo(before.lastSeq());
        assertThat(after.processed()).isEqualTo(before.processed());
        assertThat(after.updatedAt()).isAfterOrEqualTo(before.updatedAt());
    }

    @Test
    void historyInTheDemoData_isAlreadyBehindTheCheckpoint() {
        PipelineCheckpoint start = rollUp.checkpoint();
        bronze.append(readings("test-a", ORIGIN, 0, 10, 20), ORIGIN);

        RollUpReport report = rollUp.runOnce();

        assertThat(start.lastSeq()).isEqualTo(2000);
        assertThat(report.fromSeq()).isEqualTo(2000);
        assertThat(report.readings()).isEqualTo(20);
    }

    @SafeVarargs
    static List<SensorReading> batch(List<SensorReading>... parts) {
        List<SensorReading> all = new ArrayList<>();
        for (List<SensorReading> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
