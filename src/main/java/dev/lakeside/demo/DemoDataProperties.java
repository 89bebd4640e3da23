package dev.lakeside.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sizes and seed of the demo data generated into the embedded warehouse at start-up
 * ({@code lakeside.demo.*}). The same seed and sizes always give the same data.
 *
 * @param enabled        whether to generate at all
 * @param seed           the seed every pseudo-random value derives from
 * @param suppliers      rows in {@code gold.suppliers}
 * @param sales          rows in {@code gold.sales}
 * @param sensorReadings rows in {@code bronze.sensor_readings}
 * @param taxiTrips      rows in {@code smart_analytics.taxi_trips}
 * @param reviews        rows in {@code silver.reviews}
 * @param customers      rows in {@code gold.customers} (the churn predictor's training data)
 */
@ConfigurationProperties("lakeside.demo")
public record DemoDataProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("42") long seed,
        @DefaultValue("5000") long suppliers,
        @DefaultValue("1000000") long sales,
        @DefaultValue("1000000") long sensorReadings,
        @DefaultValue("1000000") long taxiTrips,
        @DefaultValue("10000") long reviews,
        @DefaultValue("20000") long customers) {

    /** Row counts are bounded so that row-index arithmetic in the generator cannot overflow. */
    static final long MAX_ROWS = Integer.MAX_VALUE;

    public DemoDataProperties {
        for (long rows : new long[] {suppliers, sales, sensorReadings, taxiTrips, reviews, customers}) {
            if (rows < 0 || rows > MAX_ROWS) {
                throw new IllegalArgumentException("Demo data sizes must be between 0 and " + MAX_ROWS + ": " + rows);
            }
        }
    }

    /** The defaults, for tests and tools that run without Spring. */
    static DemoDataProperties defaults() {
        return new DemoDataProperties(true, 42, 5000, 1_000_000, 1_000_000, 1_000_000, 10_000, 20_000);
    }
}
