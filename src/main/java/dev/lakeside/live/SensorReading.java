package dev.lakeside.live;

import java.time.Instant;

/**
 * One BME280 reading as a device created it.
 *
 * @param createdAt when the device measured it (the event time); it may reach bronze much later
 */
record SensorReading(String deviceId, Instant createdAt, double temperatureC, double humidityPct,
                     double pressureHpa) {
}
