package dev.lakeside.live;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends readings to bronze: one transaction per batch, one multi-row INSERT with bound values per
 * chunk of readings. {@code seq} is left to the table (a sequence in DuckDB, an identity column in Delta).
 * Readings must be appended by one writer at a time so that sequence numbers commit in order, which
 * is what lets the pipeline read "everything after seq n" without missing a row.
 */
final class BronzeAppender {

    /** Rows per INSERT; 6 bound values each keeps one statement under DuckDB's comfortable size. */
    private static final int ROWS_PER_STATEMENT = 1000;

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

    private SqlStatement insert(List<SensorReading> chunk, LocalDateTime ingested) {
        SqlBuilder sql = new SqlBuilder(warehouse.dialect()).sql("INSERT INTO ").table(tables.readings())
                .sql(" (device_id, reading_ts, temperature_c, humidity_pct, pressure_hpa, ingested_at) VALUES ");
        for (int i = 0; i < chunk.size(); i++) {
            SensorReading r = chunk.get(i);
            sql.sql(i == 0 ? "(" : ", (").value(r.deviceId()).sql(", ").value(utc(r.createdAt())).sql(", ")
                    .value(r.temperatureC()).sql(", ").value(r.humidityPct()).sql(", ").value(r.pressureHpa())
                    .sql(", ").value(ingested).sql(")");
        }
        return sql.build();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
