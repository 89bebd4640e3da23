package dev.lakeside.live;

import dev.lakeside.warehouse.TableName;

/** The medallion tables of the sensor demo (created by {@code dev.lakeside.demo.SensorData}). */
final class SensorTables {

    static final TableName READINGS = new TableName("bronze", "sensor_readings");
    static final TableName WINDOWS = new TableName("silver", "sensor_windows");
    static final TableName MOVING_AVERAGES = new TableName("gold", "sensor_moving_averages");
    static final TableName CHECKPOINT = new TableName("silver", "sensor_pipeline_checkpoint");
    static final String PIPELINE = "sensor";

    private SensorTables() {
    }
}
