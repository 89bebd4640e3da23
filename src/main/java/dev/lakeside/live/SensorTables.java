package dev.lakeside.live;

import dev.lakeside.warehouse.TableName;

/**
 * The medallion tables of the sensor pipeline. The demo's are {@link #DEMO} (on the embedded warehouse
 * {@code dev.lakeside.demo.SensorData} creates them with their history; on Databricks
 * {@link SensorTableSetup} creates them empty); tests use their own schema.
 */
record SensorTables(TableName readings, TableName windows, TableName movingAverages, TableName checkpoint) {

    static final SensorTables DEMO = new SensorTables(new TableName("bronze", "sensor_readings"),
            new TableName("silver", "sensor_windows"), new TableName("gold", "sensor_moving_averages"),
            new TableName("silver", "sensor_pipeline_checkpoint"));
    static final String PIPELINE = "sensor";

    /** The same four tables, all in one schema. */
    static SensorTables inSchema(String schema) {
        return new SensorTables(new TableName(schema, DEMO.readings.table()), new TableName(schema, DEMO.windows.table()),
                new TableName(schema, DEMO.movingAverages.table()), new TableName(schema, DEMO.checkpoint.table()));
    }
}
