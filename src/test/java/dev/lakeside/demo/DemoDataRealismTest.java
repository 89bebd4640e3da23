package dev.lakeside.demo;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shapes the tools and their stories rely on, checked on one small generated database. */
class DemoDataRealismTest {

    @TempDir
    static Path tempDir;
    static DuckDbWarehouse warehouse;

    @BeforeAll
    static void generate() {
        warehouse = new DuckDbWarehouse(tempDir.resolve("demo.duckdb"), Duration.ofSeconds(60), e -> { });
        new DemoDataGenerator(warehouse).generate(DemoDataGeneratorTest.SMALL);
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void suppliers_countryCodes_fivePercentBrokenInEveryKnownWayAndTheRestValidIso() {
        Map<String, Long> perCode = query(b -> b.sql("SELECT country_code, count(*) AS n FROM ")
                .table(SupplierData.SUPPLIERS).sql(" GROUP BY country_code")).stream()
                .collect(Collectors.toMap(r -> r.getString("country_code"), r -> r.getLong("n")));
        Set<String> iso = Set.of(java.util.Locale.getISOCountries());
        long broken = perCode.entrySet().stream().filter(e -> !iso.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();

        assertThat(perCode.keySet()).containsAll(SupplierData.BROKEN_CODES);
        assertThat(perCode.keySet()).allMatch(code -> iso.contains(code) || SupplierData.BROKEN_CODES.contains(code));
        assertThat(broken / 400.0).isBetween(0.03, 0.07);
    }

    @Test
    void suppliers_caseInsensitiveSearchForPol_findsSomeButNotAll() {
        long found = single(b -> b.sql("SELECT count(*) FROM ").table(SupplierData.SUPPLIERS)
                .sql(" WHERE name ILIKE '%' || ").value("pol").sql(" || '%'"));

        assertThat(found).isBetween(1L, 399L);
    }

    @Test
    void taxiTrips_everyTrip_insideNycEndsAfterPickupAndTotalAddsUp() {
        long wrong = single(b -> b.sql("SELECT count(*) FROM ").table(TaxiData.TRIPS).sql(" WHERE NOT (")
                .sql("pickup_lat BETWEEN 40.50 AND 40.92 AND dropoff_lat BETWEEN 40.50 AND 40.92")
                .sql(" AND pickup_lon BETWEEN -74.26 AND -73.70 AND dropoff_lon BETWEEN -74.26 AND -73.70")
                .sql(" AND dropoff_at > pickup_at AND trip_distance_mi > 0 AND passenger_count BETWEEN 1 AND 6")
                .sql(" AND total_amount = fare_amount + tip_amount + ").sql(TaxiData.SURCHARGE).sql(")"));

        assertThat(wrong).isZero();
    }

    @Test
    void sales_everyOrder_inThreeYearsUpToOctober2026WithRevenueOfUnitsTimesPrice() {
        Row row = query(b -> b.sql("SELECT min(order_date) AS first, max(order_date) AS last, count(*) FILTER (")
                .sql("WHERE revenue <> units * unit_price OR units < 1) AS wrong, count(DISTINCT region) AS regions")
                .sql(" FROM ").table(SalesData.SALES)).rows().getFirst();

        assertThat(row.getDate("first")).isAfterOrEqualTo("2023-11-01");
        assertThat(row.getDate("last")).isBeforeOrEqualTo("2026-10-31").isAfter("2026-09-30");
        assertThat(row.getLong("wrong")).isZero();
        assertThat(row.getLong("regions")).isEqualTo(5);
    }

    @Test
    void sensorWindows_readingCountsPerDevice_equalBronzeReadingsPerMetric() {
        long mismatched = single(b -> b.sql("SELECT count(*) FROM (SELECT device_id, count(*) AS n FROM ")
                .table(SensorData.READINGS).sql(" GROUP BY device_id) AS bronze FULL JOIN (SELECT device_id, metric,")
                .sql(" sum(reading_count) AS n FROM ").table(SensorData.WINDOWS)
                .sql(" GROUP BY device_id, metric) AS silver USING (device_id)")
                .sql(" WHERE bronze.n IS DISTINCT FROM silver.n"));
        long metrics = single(b -> b.sql("SELECT count(DISTINCT device_id || metric) FROM ").table(SensorData.WINDOWS));

        assertThat(mismatched).isZero();
        assertThat(metrics).isEqualTo(5 * 3);
    }

    @Test
    void sensorMovingAverages_everySilverWindow_hasOneWithinItsLastSixWindows() {
        long missing = single(b -> b.sql("SELECT count(*) FROM ").table(SensorData.WINDOWS).sql(" AS s ANTI JOIN ")
                .table(SensorData.MOVING_AVERAGES).sql(" AS g USING (device_id, window_start, metric)"));
        long gold = DemoDataGeneratorTest.count(warehouse, SensorData.MOVING_AVERAGES);
        long silver = DemoDataGeneratorTest.count(warehouse, SensorData.WINDOWS);
        // A moving average lies between the smallest and largest window average it covers.
        long outside = single(b -> b.sql("SELECT count(*) FROM (SELECT moving_avg, min(avg_value) OVER w AS lo,")
                .sql(" max(avg_value) OVER w AS hi FROM ").table(SensorData.MOVING_AVERAGES)
                .sql(" WINDOW w AS (PARTITION BY device_id, metric ORDER BY window_start")
                .sql(" ROWS BETWEEN 5 PRECEDING AND CURRENT ROW))")
                .sql(" WHERE moving_avg < lo - 1e-9 OR moving_avg > hi + 1e-9"));

        assertThat(missing).isZero();
        assertThat(gold).isEqualTo(silver).isPositive();
        assertThat(outside).isZero();
    }

    @Test
    void reviews_everyReview_hasTextStarsAndAKnownProduct() {
        long wrong = single(b -> b.sql("SELECT count(*) FROM ").table(ReviewData.REVIEWS)
                .sql(" WHERE length(review_text) < 20 OR stars NOT BETWEEN 1 AND 5 OR review_text LIKE '%{p}%'"));
        long texts = single(b -> b.sql("SELECT count(DISTINCT review_text) FROM ").table(ReviewData.REVIEWS));

        assertThat(wrong).isZero();
        assertThat(texts).isGreaterThan(150);
    }

    private static QueryResult query(UnaryOperator<SqlBuilder> statement) {
        return warehouse.query(statement.apply(new SqlBuilder(warehouse.dialect())).build());
    }

    private static long single(UnaryOperator<SqlBuilder> statement) {
        return ((Number) query(statement).singleValue()).longValue();
    }
}
