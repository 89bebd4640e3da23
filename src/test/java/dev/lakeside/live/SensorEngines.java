package dev.lakeside.live;

import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Fresh pipeline tables on any engine, and the rows to compare between engines. */
final class SensorEngines {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);

    private SensorEngines() {
    }

    /** Empty pipeline tables in a schema of their own (the shared demo tables stay untouched). */
    static SensorTables freshTables(Warehouse warehouse, String schema) {
        SensorTables tables = SensorTables.inSchema(schema);
        SensorTableSetup.createIfMissing(warehouse, tables, LocalDateTime.now(CLOCK));
        return tables;
    }

    static SensorRollUp rollUp(Warehouse warehouse, SensorTables tables) {
        return new SensorRollUp(warehouse, tables, SensorWarehouse.PIPELINE, CLOCK);
    }

    static QueryResult silver(Warehouse warehouse, SensorTables tables) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT device_id, window_start, window_end,")
                .sql(" metric, min_value, max_value, avg_value, reading_count, sum_value FROM ").table(tables.windows())
                .sql(" ORDER BY device_id, metric, window_start").build());
    }

    static QueryResult gold(Warehouse warehouse, SensorTables tables) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT device_id, window_start, metric,")
                .sql(" avg_value, moving_avg FROM ").table(tables.movingAverages())
                .sql(" ORDER BY device_id, metric, window_start").build());
    }

    static long lastBronzeSeq(Warehouse warehouse, SensorTables tables) {
        return ((Number) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT max(seq) FROM ")
                .table(tables.readings()).build()).singleValue()).longValue();
    }
}
