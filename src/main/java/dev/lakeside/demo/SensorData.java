package dev.lakeside.demo;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.List;

/**
 * The streaming-IoT medallion of the BME280 story. Bronze: raw readings of five sensors, one every
 * 500 ms each, up to midnight of 2026-10-31, with a daily temperature cycle, a slow weather cycle in
 * the pressure, sensor ageing drift, noise, rare spikes and some late ingestion; {@code seq} numbers
 * rows in arrival order (live appends continue from the highest). Silver: 10-second windows in long
 * format, with the sum so that late readings can be folded in. Gold: the moving average over the
 * last six windows (60 s). The checkpoint row tells the live pipeline where the history ends.
 */
final class SensorData implements DemoDataset {

    static final TableName READINGS = new TableName("bronze", "sensor_readings");
    static final TableName WINDOWS = new TableName("silver", "sensor_windows");
    static final TableName MOVING_AVERAGES = new TableName("gold", "sensor_moving_averages");
    static final TableName CHECKPOINT = new TableName("silver", "sensor_pipeline_checkpoint");

    /** Id, base temperature, daily swing, base humidity, pressure offset (altitude), weather phase. */
    private static final String DEVICES = """
            [{'id': 'bme280-greenhouse', 'temp': 26.0, 'swing': 4.0, 'hum': 75.0, 'press': -0.4, 'phase': 0.0},
             {'id': 'bme280-warehouse', 'temp': 17.0, 'swing': 1.5, 'hum': 45.0, 'press': -1.2, 'phase': 0.1},
             {'id': 'bme280-office', 'temp': 22.0, 'swing': 1.0, 'hum': 40.0, 'press': -0.8, 'phase': 0.2},
             {'id': 'bme280-cold-room', 'temp': 4.0, 'swing': 0.5, 'hum': 85.0, 'press': -0.2, 'phase': 0.3},
             {'id': 'bme280-rooftop', 'temp': 12.0, 'swing': 6.0, 'hum': 65.0, 'press': -3.0, 'phase': 0.4}]""";
    private static final int DEVICE_COUNT = 5;
    private static final long INTERVAL_MS = 500;
    private static final long DAY_MS = 86_400_000;

    @Override
    public String name() {
        return "sensor_readings";
    }

    @Override
    public List<TableName> tables() {
        return List.of(READINGS, WINDOWS, MOVING_AVERAGES, CHECKPOINT);
    }

    @Override
    public long rows(DemoDataProperties sizes) {
        return sizes.sensorReadings();
    }

    @Override
    public void create(Warehouse.Transaction tx, Dialect dialect, long rows, long seed) {
        // The history numbers itself 1..rows; the sequence numbers inserts that leave seq out (live appends
        // number their rows themselves, on from max(seq), so that the same INSERT works on Databricks).
        tx.update(new SqlBuilder(dialect).sql("CREATE OR REPLACE SEQUENCE bronze.sensor_reading_seq START WITH ")
                .integer(rows + 1).build());
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(READINGS).sql("""
                (seq BIGINT DEFAULT nextval('bronze.sensor_reading_seq'), device_id VARCHAR, reading_ts TIMESTAMP,
                 temperature_c DOUBLE, humidity_pct DOUBLE, pressure_hpa DOUBLE, ingested_at TIMESTAMP)""").build());
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(WINDOWS).sql("""
                (device_id VARCHAR, window_start TIMESTAMP, window_end TIMESTAMP, metric VARCHAR,
                 min_value DOUBLE, max_value DOUBLE, avg_value DOUBLE, reading_count BIGINT, sum_value DOUBLE)""").build());
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(MOVING_AVERAGES).sql("""
                (device_id VARCHAR, window_start TIMESTAMP, metric VARCHAR, avg_value DOUBLE,
                 moving_avg DOUBLE)""").build());
        insertReadings(tx, dialect, rows, seed);
        // Sums of whole hundredths are exact, so the averages do not depend on DuckDB's thread count.
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(WINDOWS).sql("""
                 SELECT device_id, window_start, window_start + INTERVAL 10 SECOND, metric, min(value),
                   max(value), sum(round(value * 100)::BIGINT) / (count(*) * 100.0), count(*),
                   sum(round(value * 100)::BIGINT) / 100.0
                 FROM (SELECT device_id, time_bucket(INTERVAL 10 SECOND, reading_ts) AS window_start, metric, value
                   FROM (UNPIVOT """).table(READINGS).sql("""
                 ON temperature_c, humidity_pct, pressure_hpa INTO NAME metric VALUE value))
                 GROUP BY device_id, window_start, metric""").build());
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(MOVING_AVERAGES).sql("""
                 SELECT device_id, window_start, metric, avg_value, avg(avg_value) OVER (
                   PARTITION BY device_id, metric ORDER BY window_start
                   RANGE BETWEEN INTERVAL 50 SECOND PRECEDING AND CURRENT ROW)
                 FROM """).table(WINDOWS).build());
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(CHECKPOINT).sql("""
                (pipeline VARCHAR PRIMARY KEY, last_seq BIGINT, max_event_ts TIMESTAMP, processed BIGINT,
                 dropped_late BIGINT, updated_at TIMESTAMP)""").build());
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(CHECKPOINT)
                .sql(" SELECT 'sensor', coalesce(max(seq), 0), max(reading_ts), count(*), 0, max(ingested_at) FROM ")
                .table(READINGS).build());
    }

    private void insertReadings(Warehouse.Transaction tx, Dialect dialect, long rows, long seed) {
        long spanMs = (rows + DEVICE_COUNT - 1) / DEVICE_COUNT * INTERVAL_MS;
        long startSecondOfDay = Math.floorMod(-spanMs, DAY_MS) / 1000;
        String noise = new Noise(seed, name()).uniform("u_t1").uniform("u_t2").uniform("u_h1").uniform("u_h2")
                .uniform("u_p1").uniform("u_p2").uniform("u_jitter").uniform("u_spike").uniform("u_latency").rows(rows);
        // A smooth hump 16p^2(1-p)^2 over a cycle's phase p stands in for a sine: sin() comes from the
        // platform's maths library and may differ in the last bit between machines.
        String select = Literals.fill("""
                SELECT i + 1, d.id, ts, round(temperature, 2),
                  round(greatest(5.0, least(100.0, d.hum - 1.8 * (temperature - d.temp) + 1.2 * (u_h1 + u_h2 - 1))), 2),
                  round(1013.25 + d.press + 7.0 * (${weatherHump} - 0.5) + 0.15 * (u_p1 + u_p2 - 1), 2),
                  ts + to_milliseconds(CASE WHEN u_latency >= 0.99 THEN 30000 + floor((u_latency - 0.99) * 9000000)
                    ELSE 150 + floor(u_latency * 1850) END::BIGINT)
                FROM (SELECT *, d.temp + d.swing * (${dayHump} - 0.5) + 0.25 * t / 86400.0 + 0.3 * (u_t1 + u_t2 - 1)
                    + CASE WHEN u_spike < 0.001 THEN 6.0 ELSE 0.0 END AS temperature
                  FROM (SELECT *, ${dayPhase} - floor(${dayPhase}) AS dp, ${weatherPhase} - floor(${weatherPhase}) AS wp
                    FROM (SELECT *, ${devices}[1 + i % ${deviceCount}] AS d, ms / 1000.0 AS t,
                        TIMESTAMP '2026-11-01 00:00:00' - to_milliseconds(${spanMs}) + to_milliseconds(ms) AS ts
                      FROM (SELECT *, i // ${deviceCount} * ${intervalMs} + floor(u_jitter * 50)::BIGINT AS ms
                        FROM ${noise}))))""",
                "weatherHump", hump("wp"), "dayHump", hump("dp"),
                // The daily hump peaks at 15:00, when rooms and roofs are warmest.
                "dayPhase", "((" + startSecondOfDay + " + t) / 86400.0 - 0.125)",
                "weatherPhase", "(t / 151200.0 + d.phase)",
                "spanMs", Long.toString(spanMs), "devices", DEVICES, "deviceCount", Integer.toString(DEVICE_COUNT),
                "intervalMs", Long.toString(INTERVAL_MS), "noise", noise);
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(READINGS).sql("""
                 (seq, device_id, reading_ts, temperature_c, humidity_pct, pressure_hpa, ingested_at) """)
                .sql(select).build());
    }

    private static String hump(String phase) {
        return "(16 * " + phase + " * " + phase + " * (1 - " + phase + ") * (1 - " + phase + "))";
    }
}
