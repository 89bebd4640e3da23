package dev.lakeside.live;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates the sensor pipeline's tables, empty, where they are missing, with a checkpoint at the start:
 * on Databricks, where no demo data is generated, and in tests. The embedded demo's tables come with
 * their history from {@code dev.lakeside.demo.SensorData} instead. Column types are written as DuckDB
 * spells them and translated by the dialect. Bronze's {@code seq} is numbered by {@link BronzeAppender}.
 */
final class SensorTableSetup {

    private SensorTableSetup() {
    }

    static void createIfMissing(Warehouse warehouse, SensorTables tables, LocalDateTime now) {
        Dialect dialect = warehouse.dialect();
        warehouse.inTransaction(tx -> {
            Set<String> schemas = new LinkedHashSet<>();
            for (TableName table : List.of(tables.readings(), tables.windows(), tables.movingAverages(), tables.checkpoint())) {
                schemas.add(table.schema());
            }
            for (String schema : schemas) {
                tx.update(new SqlBuilder(dialect).sql("CREATE SCHEMA IF NOT EXISTS ").identifier(schema).build());
            }
            tx.update(create(dialect, tables.readings()).sql("seq BIGINT, device_id ").type("VARCHAR").sql(", reading_ts TIMESTAMP, temperature_c DOUBLE,")
                    .sql(" humidity_pct DOUBLE, pressure_hpa DOUBLE, ingested_at TIMESTAMP)").build());
            tx.update(create(dialect, tables.windows()).sql("device_id ").type("VARCHAR")
                    .sql(", window_start TIMESTAMP, window_end TIMESTAMP, metric ").type("VARCHAR")
                    .sql(", min_value DOUBLE, max_value DOUBLE, avg_value DOUBLE, reading_count BIGINT, sum_value DOUBLE)")
                    .build());
            tx.update(create(dialect, tables.movingAverages()).sql("device_id ").type("VARCHAR")
                    .sql(", window_start TIMESTAMP, metric ").type("VARCHAR").sql(", avg_value DOUBLE, moving_avg DOUBLE)")
                    .build());
            tx.update(create(dialect, tables.checkpoint()).sql("pipeline ").type("VARCHAR").sql(", last_seq BIGINT,")
                    .sql(" max_event_ts TIMESTAMP, processed BIGINT, dropped_late BIGINT, updated_at TIMESTAMP)").build());
            return tx.update(startCheckpoint(dialect, tables, now));
        });
    }

    private static SqlBuilder create(Dialect dialect, TableName table) {
        return new SqlBuilder(dialect).sql("CREATE TABLE IF NOT EXISTS ").table(table).sql(" (");
    }

    /** The checkpoint row before any reading, unless there is one already. */
    private static SqlStatement startCheckpoint(Dialect dialect, SensorTables tables, LocalDateTime now) {
        return new SqlBuilder(dialect).sql("MERGE INTO ").table(tables.checkpoint()).sql(" AS c USING (SELECT CAST(")
                .value(SensorTables.PIPELINE).sql(" AS ").type("VARCHAR").sql(") AS pipeline) AS n ON c.pipeline = n.pipeline")
                .sql(" WHEN NOT MATCHED THEN INSERT (pipeline, last_seq, max_event_ts, processed, dropped_late, updated_at)")
                .sql(" VALUES (n.pipeline, 0, CAST(NULL AS TIMESTAMP), 0, 0, ").value(now).sql(")").build();
    }
}
