package dev.lakeside.live;

import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

import java.time.Clock;
import java.time.LocalDateTime;

import static dev.lakeside.live.SensorTables.CHECKPOINT;
import static dev.lakeside.live.SensorTables.MOVING_AVERAGES;
import static dev.lakeside.live.SensorTables.READINGS;
import static dev.lakeside.live.SensorTables.WINDOWS;

/**
 * The incremental bronze to silver to gold roll-up. One run reads the bronze rows after the
 * checkpoint's sequence number, folds those inside the watermark into their silver windows (min,
 * max, sum, count per device, window and metric), counts the rest as dropped, recomputes the gold
 * moving averages the new windows touch, and advances the checkpoint, all in one transaction: a run
 * that fails leaves nothing behind, and a restarted pipeline continues exactly where the last
 * committed run ended.
 *
 * <p>The watermark is the newest reading time seen before the run minus the allowed lateness; a
 * reading is too late when its window ended at or before the watermark.
 */
final class SensorRollUp {

    private static final LocalDateTime NO_WATERMARK = LocalDateTime.of(1970, 1, 1, 0, 0);

    private final Warehouse warehouse;
    private final LiveProperties.Pipeline settings;
    private final Clock clock;
    private final long windowSeconds;
    private final long movingSpanSeconds;

    SensorRollUp(Warehouse warehouse, LiveProperties.Pipeline settings, Clock clock) {
        this.warehouse = warehouse;
        this.settings = settings;
        this.clock = clock;
        this.windowSeconds = settings.windowLength().toSeconds();
        this.movingSpanSeconds = (settings.movingWindows() - 1) * windowSeconds;
    }

    /** Processes what bronze holds beyond the checkpoint (at most maxReadingsPerRun rows). */
    RollUpReport runOnce() {
        RollUpReport report = warehouse.inTransaction(tx -> {
            PipelineCheckpoint checkpoint = readCheckpoint(tx);
            LocalDateTime watermark = checkpoint.maxEventTs() == null
                    ? NO_WATERMARK : checkpoint.maxEventTs().minus(settings.watermark());
            long from = checkpoint.lastSeq();
            Row stats = tx.query(stats(from, from + settings.maxReadingsPerRun(), watermark)).rows().getFirst();
            long readings = stats.getLong("n");
            LocalDateTime now = LocalDateTime.now(clock);
            if (readings == 0) {
                tx.update(sql().sql("UPDATE ").table(CHECKPOINT).sql(" SET updated_at = ").value(now)
                        .sql(" WHERE pipeline = ").value(SensorTables.PIPELINE).build());
                return new RollUpReport(from, from, 0, 0, null);
            }
            long to = stats.getLong("hi");
            long dropped = stats.getLong("dropped");
            tx.update(mergeIntoSilver(from, to, watermark));
            tx.update(deleteStaleGold(from, to, watermark));
            tx.update(insertGold(from, to, watermark));
            tx.update(advance(to, stats.getTimestamp("newest"), readings, dropped, now));
            return new RollUpReport(from, to, readings, dropped, null);
        });
        return new RollUpReport(report.fromSeq(), report.toSeq(), report.readings(), report.dropped(), clock.instant());
    }

    /** The committed checkpoint, read outside any run. */
    PipelineCheckpoint checkpoint() {
        return warehouse.inTransaction(this::readCheckpoint);
    }

    private PipelineCheckpoint readCheckpoint(Warehouse.Transaction tx) {
        QueryResult result = tx.query(sql().sql("SELECT last_seq, max_event_ts, processed, dropped_late, updated_at FROM ")
                .table(CHECKPOINT).sql(" WHERE pipeline = ").value(SensorTables.PIPELINE).build());
        if (result.size() != 1) {
            throw new IllegalStateException("No sensor pipeline checkpoint in " + CHECKPOINT
                    + "; the sensor demo data creates it");
        }
        Row row = result.rows().getFirst();
        return new PipelineCheckpoint(row.getLong("last_seq"), row.getTimestamp("max_event_ts"),
                row.getLong("processed"), row.getLong("dropped_late"), row.getTimestamp("updated_at"));
    }

    private SqlStatement stats(long from, long limit, LocalDateTime watermark) {
        return sql().sql("SELECT count(*) AS n, max(seq) AS hi, max(reading_ts) AS newest, count(*) FILTER (WHERE ")
                .sql(windowStart("reading_ts")).sql(" + INTERVAL ").integer(windowSeconds).sql(" SECOND <= ")
                .value(watermark).sql(") AS dropped FROM ").table(READINGS)
                .sql(" WHERE seq > ").value(from).sql(" AND seq <= ").value(limit).build();
    }

    private SqlStatement mergeIntoSilver(long from, long to, LocalDateTime watermark) {
        SqlBuilder sql = sql().sql("MERGE INTO ").table(WINDOWS).sql(" AS s USING (SELECT device_id, window_start,")
                .sql(" metric, min(value) AS mn, max(value) AS mx, sum(value) AS sm, count(*) AS n FROM ");
        return accepted(sql, from, to, watermark).sql("""
                 GROUP BY device_id, window_start, metric) AS b
                 ON s.device_id = b.device_id AND s.window_start = b.window_start AND s.metric = b.metric
                 WHEN MATCHED THEN UPDATE SET min_value = least(s.min_value, b.mn),
                   max_value = greatest(s.max_value, b.mx), sum_value = s.sum_value + b.sm,
                   reading_count = s.reading_count + b.n, avg_value = (s.sum_value + b.sm) / (s.reading_count + b.n)
                 WHEN NOT MATCHED THEN INSERT (device_id, window_start, window_end, metric, min_value, max_value,
                   avg_value, reading_count, sum_value)
                   VALUES (b.device_id, b.window_start, b.window_start + INTERVAL\s""").integer(windowSeconds)
                .sql(" SECOND, b.metric, b.mn, b.mx, b.sm / b.n, b.n, b.sm)").build();
    }

    private SqlStatement deleteStaleGold(long from, long to, LocalDateTime watermark) {
        SqlBuilder sql = sql().sql("DELETE FROM ").table(MOVING_AVERAGES).sql(" AS g USING ");
        return touched(sql, from, to, watermark).sql(" AS a WHERE g.device_id = a.device_id AND g.metric = a.metric")
                .sql(" AND g.window_start >= a.from_start").build();
    }

    /** Gold from the first touched window on, reading back far enough for the moving average. */
    private SqlStatement insertGold(long from, long to, LocalDateTime watermark) {
        SqlBuilder sql = sql().sql("INSERT INTO ").table(MOVING_AVERAGES)
                .sql(" (device_id, window_start, metric, avg_value, moving_avg) SELECT device_id, window_start,")
                .sql(" metric, avg_value, moving_avg FROM (SELECT s.device_id, s.window_start, s.metric, s.avg_value,")
                .sql(" a.from_start, avg(s.avg_value) OVER (PARTITION BY s.device_id, s.metric ORDER BY s.window_start")
                .sql(" RANGE BETWEEN INTERVAL ").integer(movingSpanSeconds).sql(" SECOND PRECEDING AND CURRENT ROW)")
                .sql(" AS moving_avg FROM ").table(WINDOWS).sql(" AS s JOIN ");
        return touched(sql, from, to, watermark).sql(" AS a ON s.device_id = a.device_id AND s.metric = a.metric")
                .sql(" WHERE s.window_start >= a.from_start - INTERVAL ").integer(movingSpanSeconds).sql(" SECOND)")
                .sql(" WHERE window_start >= from_start").build();
    }

    private SqlStatement advance(long to, LocalDateTime newest, long readings, long dropped, LocalDateTime now) {
        return sql().sql("UPDATE ").table(CHECKPOINT).sql(" SET last_seq = ").value(to)
                .sql(", max_event_ts = greatest(coalesce(max_event_ts, ").value(newest).sql("), ").value(newest)
                .sql("), processed = processed + ").value(readings).sql(", dropped_late = dropped_late + ").value(dropped)
                .sql(", updated_at = ").value(now).sql(" WHERE pipeline = ").value(SensorTables.PIPELINE).build();
    }

    /** Per device and metric, the earliest window this run changes. */
    private SqlBuilder touched(SqlBuilder sql, long from, long to, LocalDateTime watermark) {
        sql.sql("(SELECT device_id, metric, min(window_start) AS from_start FROM ");
        return accepted(sql, from, to, watermark).sql(" GROUP BY device_id, metric)");
    }

    /** The run's readings inside the watermark, one row per metric, with their window. */
    private SqlBuilder accepted(SqlBuilder sql, long from, long to, LocalDateTime watermark) {
        return sql.sql("(SELECT * FROM (SELECT device_id, metric, value, ").sql(windowStart("reading_ts"))
                .sql(" AS window_start FROM (UNPIVOT (SELECT device_id, reading_ts, temperature_c, humidity_pct,")
                .sql(" pressure_hpa FROM ").table(READINGS).sql(" WHERE seq > ").value(from).sql(" AND seq <= ").value(to)
                .sql(") ON temperature_c, humidity_pct, pressure_hpa INTO NAME metric VALUE value))")
                .sql(" WHERE window_start + INTERVAL ").integer(windowSeconds).sql(" SECOND > ").value(watermark).sql(")");
    }

    private String windowStart(String column) {
        return "time_bucket(INTERVAL " + windowSeconds + " SECOND, " + column + ")";
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
