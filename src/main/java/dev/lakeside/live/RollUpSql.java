package dev.lakeside.live;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;

import java.time.LocalDateTime;

/**
 * The statements of one {@link SensorRollUp} run, written once for DuckDB and Databricks SQL: only the
 * window start comes from the {@link Dialect}. A run's readings are the bronze rows with
 * {@code from < seq <= to}; a window is accepted when it ends after the watermark.
 */
final class RollUpSql {

    private final Dialect dialect;
    private final SensorTables tables;
    private final LiveProperties.Pipeline settings;
    private final long windowSeconds;
    private final long movingSpanSeconds;

    RollUpSql(Dialect dialect, SensorTables tables, LiveProperties.Pipeline settings) {
        this.dialect = dialect;
        this.tables = tables;
        this.settings = settings;
        this.windowSeconds = settings.windowLength().toSeconds();
        this.movingSpanSeconds = (settings.movingWindows() - 1) * windowSeconds;
    }

    /** Count, last seq, newest reading and too-late readings of the next run: the first rows after {@code from}. */
    SqlStatement stats(long from, LocalDateTime watermark) {
        return sql().sql("SELECT count(*) AS n, max(seq) AS hi, max(reading_ts) AS newest, count(*) FILTER (WHERE ")
                .sql(windowEnd("reading_ts")).sql(" <= ").value(watermark).sql(") AS dropped FROM (SELECT seq, reading_ts")
                .sql(" FROM ").table(tables.readings()).sql(" WHERE seq > ").value(from).sql(" ORDER BY seq LIMIT ")
                .integer(settings.maxReadingsPerRun()).sql(") AS r").build();
    }

    /**
     * Silver windows the run touches, recomputed from every bronze row up to {@code to} that falls into
     * them (none of those was ever dropped: the watermark only moves forward), so running it twice is
     * running it once.
     */
    SqlStatement recomputeSilver(long from, long to, LocalDateTime watermark) {
        SqlBuilder sql = sql().sql("MERGE INTO ").table(tables.windows()).sql(" AS s USING (SELECT r.device_id,")
                .sql(" r.window_start, r.metric, min(r.value) AS mn, max(r.value) AS mx, sum(r.value) AS sm,")
                .sql(" count(*) AS n FROM ");
        // Rows of a window that ends after the watermark are later than one window before it.
        metrics(sql, to, watermark.minusSeconds(windowSeconds)).sql(" AS r JOIN (SELECT DISTINCT device_id, ")
                .sql(dialect.windowStart("reading_ts", windowSeconds)).sql(" AS window_start FROM ");
        return accepted(sql, from, to, watermark).sql(") AS t ON r.device_id = t.device_id")
                .sql(" AND r.window_start = t.window_start GROUP BY r.device_id, r.window_start, r.metric) AS b ON ")
                .sql("""
                 s.device_id = b.device_id AND s.window_start = b.window_start AND s.metric = b.metric
                 WHEN MATCHED THEN UPDATE SET min_value = b.mn, max_value = b.mx, sum_value = b.sm,
                   reading_count = b.n, avg_value = b.sm / b.n
                 WHEN NOT MATCHED THEN INSERT (device_id, window_start, window_end, metric, min_value, max_value,
                   avg_value, reading_count, sum_value)
                   VALUES (b.device_id, b.window_start, b.window_start + INTERVAL\s""").integer(windowSeconds)
                .sql(" SECOND, b.metric, b.mn, b.mx, b.sm / b.n, b.n, b.sm)").build();
    }

    /** Gold of each touched device from its first touched window on (a MERGE: Delta's DELETE takes no subquery). */
    SqlStatement deleteStaleGold(long from, long to, LocalDateTime watermark) {
        SqlBuilder sql = sql().sql("MERGE INTO ").table(tables.movingAverages()).sql(" AS g USING ");
        return touched(sql, from, to, watermark).sql(" AS a ON g.device_id = a.device_id")
                .sql(" AND g.window_start >= a.from_start WHEN MATCHED THEN DELETE").build();
    }

    /** Gold from the first touched window on, reading back far enough for the moving average. */
    SqlStatement insertGold(long from, long to, LocalDateTime watermark) {
        SqlBuilder sql = sql().sql("INSERT INTO ").table(tables.movingAverages())
                .sql(" (device_id, window_start, metric, avg_value, moving_avg) SELECT device_id, window_start,")
                .sql(" metric, avg_value, moving_avg FROM (SELECT s.device_id, s.window_start, s.metric, s.avg_value,")
                .sql(" a.from_start, avg(s.avg_value) OVER (PARTITION BY s.device_id, s.metric ORDER BY s.window_start")
                .sql(" RANGE BETWEEN INTERVAL ").integer(movingSpanSeconds).sql(" SECOND PRECEDING AND CURRENT ROW)")
                .sql(" AS moving_avg FROM ").table(tables.windows()).sql(" AS s JOIN ");
        return touched(sql, from, to, watermark).sql(" AS a ON s.device_id = a.device_id")
                .sql(" WHERE s.window_start >= a.from_start - INTERVAL ").integer(movingSpanSeconds).sql(" SECOND)")
                .sql(" AS m WHERE window_start >= from_start").build();
    }

    /** The commit point of a run; only from the checkpoint the run started from, so a second processor cannot count twice. */
    SqlStatement advance(long from, long to, LocalDateTime newest, long readings, long dropped, LocalDateTime now) {
        return sql().sql("UPDATE ").table(tables.checkpoint()).sql(" SET last_seq = ").value(to)
                .sql(", max_event_ts = greatest(coalesce(max_event_ts, ").value(newest).sql("), ").value(newest)
                .sql("), processed = processed + ").value(readings).sql(", dropped_late = dropped_late + ").value(dropped)
                .sql(", updated_at = ").value(now).sql(" WHERE pipeline = ").value(SensorTables.PIPELINE)
                .sql(" AND last_seq = ").value(from).build();
    }

    /** A run with nothing new only shows that the pipeline is alive. */
    SqlStatement heartbeat(LocalDateTime now) {
        return sql().sql("UPDATE ").table(tables.checkpoint()).sql(" SET updated_at = ").value(now)
                .sql(" WHERE pipeline = ").value(SensorTables.PIPELINE).build();
    }

    /** Per device, the earliest window this run changes. */
    private SqlBuilder touched(SqlBuilder sql, long from, long to, LocalDateTime watermark) {
        sql.sql("(SELECT device_id, min(").sql(dialect.windowStart("reading_ts", windowSeconds)).sql(") AS from_start FROM ");
        return accepted(sql, from, to, watermark).sql(" GROUP BY device_id)");
    }

    /** The run's bronze rows whose window is still open (the rest of the FROM and WHERE of a SELECT). */
    private SqlBuilder accepted(SqlBuilder sql, long from, long to, LocalDateTime watermark) {
        return sql.table(tables.readings()).sql(" WHERE seq > ").value(from).sql(" AND seq <= ").value(to)
                .sql(" AND ").sql(windowEnd("reading_ts")).sql(" > ").value(watermark);
    }

    /**
     * Bronze rows up to {@code to} and after {@code after}, one row per metric with its window: a portable
     * unpivot, one scan joined to three rows; NULL readings are left out, as DuckDB's UNPIVOT does.
     */
    private SqlBuilder metrics(SqlBuilder sql, long to, LocalDateTime after) {
        return sql.sql("(SELECT * FROM (SELECT b.device_id, ").sql(dialect.windowStart("b.reading_ts", windowSeconds))
                .sql(" AS window_start, m.metric, CASE m.metric WHEN 'temperature_c' THEN b.temperature_c")
                .sql(" WHEN 'humidity_pct' THEN b.humidity_pct ELSE b.pressure_hpa END AS value FROM ")
                .table(tables.readings()).sql(" AS b CROSS JOIN (VALUES ('temperature_c'), ('humidity_pct'),")
                .sql(" ('pressure_hpa')) AS m(metric) WHERE b.seq <= ").value(to).sql(" AND b.reading_ts > ").value(after)
                .sql(") AS u WHERE value IS NOT NULL)");
    }

    private String windowEnd(String timestampSql) {
        return dialect.windowStart(timestampSql, windowSeconds) + " + INTERVAL " + windowSeconds + " SECOND";
    }

    private SqlBuilder sql() {
        return new SqlBuilder(dialect);
    }
}
