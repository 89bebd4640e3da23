package dev.lakeside.live;

import dev.lakeside.databricks.BothEngines;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.lakeside.live.Rows.assertSameRows;
import static dev.lakeside.live.SensorEngines.freshTables;
import static dev.lakeside.live.SensorEngines.gold;
import static dev.lakeside.live.SensorEngines.rollUp;
import static dev.lakeside.live.SensorEngines.silver;
import static dev.lakeside.live.SensorRollUpTest.batch;
import static dev.lakeside.live.SensorWarehouse.readings;
import static dev.lakeside.live.SensorWarehouse.tooLate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The live pipeline on Spark SQL + Delta through the Databricks path (where a run is not a transaction),
 * compared with DuckDB fed the same bronze rows: silver windows, gold moving averages, checkpoint and the
 * dashboard's statement. Each test writes its own tables in a schema of its own.
 */
class SensorRollUpOnSparkTest {

    static final Instant ORIGIN = Instant.parse("2026-11-22T09:00:00Z");
    static final String A = LiveSelection.DEVICES.get(0);
    static final String B = LiveSelection.DEVICES.get(1);
    /** Three deliveries: late readings into open windows, and too-late ones after the watermark. */
    static final List<List<SensorReading>> DELIVERIES = List.of(
            batch(readings(A, ORIGIN, 0, 60, 20), readings(B, ORIGIN, 0, 45, 5)),
            batch(readings(A, ORIGIN, 60, 65, 20), readings(A, ORIGIN, 25, 26, 30), readings(A, ORIGIN, 35, 37, 30),
                    List.of(tooLate(A, ORIGIN, 15), tooLate(B, ORIGIN, 2)), readings(B, ORIGIN, 45, 62, 5)),
            batch(readings(A, ORIGIN, 65, 80, 20), List.of(tooLate(A, ORIGIN, 22)), readings(A, ORIGIN, 44, 45, 40)));

    private static Warehouse spark;
    private static Warehouse duckDb;

    @BeforeAll
    static void engines() {
        spark = BothEngines.shared().spark();
        duckDb = BothEngines.shared().duckDb();
    }

    @Test
    void threeRunsWithLateAndTooLateReadings_sameSilverGoldCheckpointAndDashboardAsDuckDb() {
        SensorTables onSpark = freshTables(spark, "live_three_runs");
        SensorTables onDuckDb = freshTables(duckDb, "live_three_runs");
        for (List<SensorReading> delivery : DELIVERIES) {
            deliverAndRun(spark, onSpark, delivery);
            deliverAndRun(duckDb, onDuckDb, delivery);
        }

        assertSameRows(silver(spark, onSpark), silver(duckDb, onDuckDb));
        assertSameRows(gold(spark, onSpark), gold(duckDb, onDuckDb));
        assertSameCheckpoint(onSpark, onDuckDb, 3);
        for (Duration bucket : List.of(Duration.ofSeconds(10), Duration.ofSeconds(30))) {
            LiveSelection selection = new LiveSelection(A, bucket, Duration.ofSeconds(2));
            assertSameSnapshot(new DashboardQuery(spark, onSpark, SensorEngines.CLOCK).load(selection),
                    new DashboardQuery(duckDb, onDuckDb, SensorEngines.CLOCK).load(selection));
        }
    }

    @Test
    void twoIncrementalRuns_sameAsOneBigRun() {
        SensorTables incremental = freshTables(spark, "live_incremental");
        SensorTables oneRun = freshTables(spark, "live_one_run");
        // Nothing arrives after the watermark, so one run and two runs must fold in the same readings.
        List<SensorReading> first = batch(readings(A, ORIGIN, 0, 40, 20), readings(B, ORIGIN, 0, 40, 5));
        List<SensorReading> second = batch(readings(A, ORIGIN, 40, 80, 20), readings(A, ORIGIN, 25, 27, 30),
                readings(B, ORIGIN, 40, 70, 5));

        deliverAndRun(spark, incremental, first);
        deliverAndRun(spark, incremental, second);
        deliverAndRun(spark, oneRun, batch(first, second));

        assertSameRows(silver(spark, incremental), silver(spark, oneRun));
        assertSameRows(gold(spark, incremental), gold(spark, oneRun));
        assertThat(rollUp(spark, incremental).checkpoint().processed()).isEqualTo(first.size() + second.size());
        // A run with nothing new only marks the pipeline alive.
        assertThat(rollUp(spark, incremental).runOnce().readings()).isZero();
        assertThat(rollUp(spark, incremental).checkpoint().processed()).isEqualTo(first.size() + second.size());
    }

    @Test
    void runStoppedAfterEachOfItsWrites_rerun_sameAsDuckDbWithoutFailures() {
        SensorTables onSpark = freshTables(spark, "live_stopped");
        SensorTables onDuckDb = freshTables(duckDb, "live_stopped");
        StoppingWarehouse stopping = new StoppingWarehouse(spark);
        deliverAndRun(spark, onSpark, DELIVERIES.get(0));
        new BronzeAppender(spark, onSpark).append(DELIVERIES.get(1), ORIGIN);
        // Silver merged; gold deleted; gold inserted: each time the checkpoint is not advanced.
        for (int writes = 1; writes <= 3; writes++) {
            stopping.stopNextTransactionAfterWrite(writes);
            assertThatThrownBy(rollUp(stopping, onSpark)::runOnce).hasMessageContaining("Injected stop");
        }
        rollUp(stopping, onSpark).runOnce();
        deliverAndRun(spark, onSpark, DELIVERIES.get(2));
        for (List<SensorReading> delivery : DELIVERIES) {
            deliverAndRun(duckDb, onDuckDb, delivery);
        }

        assertSameRows(silver(spark, onSpark), silver(duckDb, onDuckDb));
        assertSameRows(gold(spark, onSpark), gold(duckDb, onDuckDb));
        assertSameCheckpoint(onSpark, onDuckDb, 3);
    }

    private static void deliverAndRun(Warehouse warehouse, SensorTables tables, List<SensorReading> delivery) {
        new BronzeAppender(warehouse, tables).append(delivery, ORIGIN);
        assertThat(rollUp(warehouse, tables).runOnce().readings()).isEqualTo(delivery.size());
    }

    /** Identity values may leave gaps, so each checkpoint is compared with its own bronze. */
    private static void assertSameCheckpoint(SensorTables onSpark, SensorTables onDuckDb, long dropped) {
        PipelineCheckpoint sparkEnd = rollUp(spark, onSpark).checkpoint();
        PipelineCheckpoint duckDbEnd = rollUp(duckDb, onDuckDb).checkpoint();
        assertThat(sparkEnd.lastSeq()).isEqualTo(SensorEngines.lastBronzeSeq(spark, onSpark));
        assertThat(duckDbEnd.lastSeq()).isEqualTo(SensorEngines.lastBronzeSeq(duckDb, onDuckDb));
        assertThat(sparkEnd.processed()).isEqualTo(duckDbEnd.processed())
                .isEqualTo(DELIVERIES.stream().mapToLong(List::size).sum());
        assertThat(sparkEnd.droppedLate()).isEqualTo(duckDbEnd.droppedLate()).isEqualTo(dropped);
        assertThat(sparkEnd.maxEventTs()).isEqualTo(duckDbEnd.maxEventTs()).isNotNull();
        assertThat(sparkEnd.updatedAt()).isEqualTo(duckDbEnd.updatedAt());
    }

    private static void assertSameSnapshot(DashboardSnapshot actual, DashboardSnapshot expected) {
        assertThat(actual.pipeline()).isEqualTo(expected.pipeline());
        assertThat(actual.series()).hasSameSizeAs(expected.series());
        for (int i = 0; i < expected.series().size(); i++) {
            DashboardSnapshot.MetricSeries a = actual.series().get(i);
            DashboardSnapshot.MetricSeries e = expected.series().get(i);
            assertThat(a.metric()).isEqualTo(e.metric());
            assertThat(a.buckets()).isNotEmpty().isEqualTo(e.buckets());
            for (int p = 0; p < e.buckets().size(); p++) {
                assertThat(a.averages().get(p)).isCloseTo(e.averages().get(p), within(1e-9));
                assertThat(a.movingAverages().get(p)).isCloseTo(e.movingAverages().get(p), within(1e-9));
            }
        }
    }
}
