package dev.lakeside.live;

import dev.lakeside.demo.DemoDataGenerator;
import dev.lakeside.demo.DemoDataProperties;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A small embedded warehouse with the sensor demo tables, and ways to feed and inspect it. */
final class SensorWarehouse {

    /** Marks readings a test delivers after the watermark, so the expected aggregate can leave them out. */
    static final double TOO_LATE = -99.0;
    static final LiveProperties.Pipeline PIPELINE =
            new LiveProperties.Pipeline(false, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 6, 200_000, false);

    private SensorWarehouse() {
    }

    static DuckDbWarehouse open(Path file) {
        return new DuckDbWarehouse(file, Duration.ofSeconds(60), e -> { });
    }

    static DuckDbWarehouse create(Path file) {
        DuckDbWarehouse warehouse = open(file);
        new DemoDataGenerator(warehouse).generate(new DemoDataProperties(true, 42, 0, 0, 2000, 0, 0, 0));
        return warehouse;
    }

    /** Readings every half second from {@code fromSecond} (inclusive) to {@code toSecond} for a test device. */
    static List<SensorReading> readings(String device, Instant origin, double fromSecond, double toSecond, double temperature) {
        List<SensorReading> out = new ArrayList<>();
        for (double s = fromSecond; s < toSecond; s += 0.5) {
            double wobble = Math.round(Math.sin(s) * 100) / 100.0;
            out.add(new SensorReading(device, origin.plusMillis(Math.round(s * 1000)), temperature + wobble,
                    50 + wobble, 1000 + s / 100));
        }
        return out;
    }

    static SensorReading tooLate(String device, Instant origin, double second) {
        return new SensorReading(device, origin.plusMillis(Math.round(second * 1000)), TOO_LATE, TOO_LATE, TOO_LATE);
    }

    static QueryResult query(Warehouse warehouse, UnaryOperator<SqlBuilder> statement) {
        return warehouse.query(statement.apply(new SqlBuilder(warehouse.dialect())).build());
    }

    /** Silver of the test devices, one row per device, window and metric, in a fixed order. */
    static QueryResult silver(Warehouse warehouse) {
        return query(warehouse, b -> b.sql("SELECT device_id, window_start, window_end, metric, min_value, max_value,")
                .sql(" avg_value, reading_count FROM ").table(SensorTables.DEMO.windows())
                .sql(" WHERE device_id LIKE 'test-%' ORDER BY device_id, metric, window_start"));
    }

    /** The same, computed directly from bronze without the too-late readings. */
    static QueryResult expectedSilver(Warehouse warehouse) {
        return query(warehouse, b -> expectedSilverRows(b).sql(" ORDER BY device_id, metric, window_start"));
    }

    static QueryResult gold(Warehouse warehouse) {
        return query(warehouse, b -> b.sql("SELECT device_id, window_start, metric, avg_value, moving_avg FROM ")
                .table(SensorTables.DEMO.movingAverages())
                .sql(" WHERE device_id LIKE 'test-%' ORDER BY device_id, metric, window_start"));
    }

    /** Gold computed directly from the expected silver: the mean of the window averages of the last 60 s. */
    static QueryResult expectedGold(Warehouse warehouse) {
        return query(warehouse, b -> expectedSilverRows(b.sql("SELECT device_id, window_start, metric, avg_value,")
                        .sql(" avg(avg_value) OVER (PARTITION BY device_id, metric ORDER BY window_start")
                        .sql(" RANGE BETWEEN INTERVAL 50 SECOND PRECEDING AND CURRENT ROW) AS moving_avg FROM ("))
                .sql(") ORDER BY device_id, metric, window_start"));
    }

    private static SqlBuilder expectedSilverRows(SqlBuilder b) {
        return b.sql("SELECT device_id, window_start, window_start + INTERVAL 10 SECOND AS window_end,")
                .sql(" metric, min(value) AS min_value, max(value) AS max_value, avg(value) AS avg_value,")
                .sql(" count(*) AS reading_count FROM (SELECT device_id, time_bucket(INTERVAL 10 SECOND, reading_ts)")
                .sql(" AS window_start, metric, value FROM (UNPIVOT (SELECT device_id, reading_ts, temperature_c,")
                .sql(" humidity_pct, pressure_hpa FROM ").table(SensorTables.DEMO.readings())
                .sql(" WHERE device_id LIKE 'test-%' AND temperature_c <> ").value(TOO_LATE)
                .sql(") ON temperature_c, humidity_pct, pressure_hpa INTO NAME metric VALUE value))")
                .sql(" GROUP BY ALL");
    }

    static long tooLateCount(Warehouse warehouse) {
        return ((Number) query(warehouse, b -> b.sql("SELECT count(*) FROM ").table(SensorTables.DEMO.readings())
                .sql(" WHERE temperature_c = ").value(TOO_LATE)).singleValue()).longValue();
    }
}
