package dev.lakeside.live;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends readings to bronze: one transaction per batch, one multi-row INSERT with bound values per
 * chunk of readings, numbered in {@code seq} after the rows already there.
 * Readings must be appended by one writer at a time so that sequence numbers commit in order, which
 * is what lets the pipeline read "everything after seq n" without missing a row.
 */
final class BronzeAppender {

    /** Rows per INSERT: 7 values each, bound one by one on Databricks, keeps a statement a comfortable size. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private static final List<String> COLUMNS = List.of("position", "device_id", "reading_ts", "temperature_c",
            "humidity_pct", "pressure_hpa", "ingested_at");
    private static final List<String> TYPES = List.of("BIGINT", "VARCHAR", "TIMESTAMP", "DOUBLE", "DOUBLE", "DOUBLE",
            "TIMESTAMP");

    private final Warehouse warehouse;
    private final SensorTables tables;

    BronzeAppender(Warehouse warehouse, SensorTables tables) {
        this.warehouse = warehouse;
        this.tables = tables;
    }

    /** Appends the batch, stamped as ingested at {@code ingestedAt}; returns the rows written. */
    int append(List<SensorReading> batch, Instant ingestedAt) {
        if (batch.isEmpty()) {
            return 0;
        }
        LocalDateTime ingested = utc(ingestedAt);
        return warehouse.inTransaction(tx -> {
            int written = 0;
            for (int from = 0; from < batch.size(); from += ROWS_PER_STATEMENT) {
                List<SensorReading> chunk = batch.subList(from, Math.min(batch.size(), from + ROWS_PER_STATEMENT));
                written += tx.update(insert(chunk, ingested));
            }
            return written;
        });
    }

    /**
     * One chunk, numbered on from the highest {@code seq} in bronze. The appender numbers the rows itself,
     * in one statement that works on both engines: Spark SQL with Delta 4.0 refuses identity columns in
     * CREATE TABLE, and with one writer the numbers stay gap-free and in commit order.
     */
    private SqlStatement insert(List<SensorReading> chunk, LocalDateTime ingested) {
        List<List<Object>> rows = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            SensorReading r = chunk.get(i);
            rows.add(List.of((long) i + 1, r.deviceId(), utc(r.createdAt()), r.temperatureC(), r.humidityPct(),
                    r.pressureHpa(), ingested));
        }
        SqlBuilder sql = new SqlBuilder(warehouse.dialect()).sql("INSERT INTO ").table(tables.readings()).sql(" (seq, ")
                .identifiers(COLUMNS.subList(1, COLUMNS.size())).sql(") SELECT n.last_seq + v.position, v.device_id,")
                .sql(" v.reading_ts, v.temperature_c, v.humidity_pct, v.pressure_hpa, v.ingested_at FROM ");
        return warehouse.dialect().appendRows(sql, "v", COLUMNS, TYPES, rows)
                .sql(" CROSS JOIN (SELECT coalesce(max(seq), 0) AS last_seq FROM ").table(tables.readings())
                .sql(") AS n").build();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
