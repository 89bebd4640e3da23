package dev.lakeside.demo;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.List;

/**
 * {@code smart_analytics.taxi_trips}: a year of NYC yellow-cab trips up to 2026-10-31. Pickups and
 * dropoffs cluster around Manhattan neighbourhoods, Brooklyn, Queens and the two airports, always
 * inside NYC's bounding box. Fares follow the meter (or the JFK flat fare); every total is
 * {@code fare_amount + tip_amount + } {@link #SURCHARGE}.
 */
final class TaxiData implements DemoDataset {

    static final TableName TRIPS = new TableName("smart_analytics", "taxi_trips");
    /** The fixed congestion surcharge added to every total. */
    static final String SURCHARGE = "2.50";
    static final double MIN_LAT = 40.50;
    static final double MAX_LAT = 40.92;
    static final double MIN_LON = -74.26;
    static final double MAX_LON = -73.70;

    /** Zone centre, spread in degrees, ZIP code, and whether the zone is in Manhattan or is JFK. */
    private static final String ZONES = """
            [{'zip': '10036', 'lat': 40.7580, 'lon': -73.9855, 'spread': 0.012, 'manhattan': true, 'jfk': false},
             {'zip': '10021', 'lat': 40.7736, 'lon': -73.9566, 'spread': 0.010, 'manhattan': true, 'jfk': false},
             {'zip': '10024', 'lat': 40.7870, 'lon': -73.9754, 'spread': 0.010, 'manhattan': true, 'jfk': false},
             {'zip': '10011', 'lat': 40.7465, 'lon': -74.0014, 'spread': 0.008, 'manhattan': true, 'jfk': false},
             {'zip': '10014', 'lat': 40.7336, 'lon': -74.0027, 'spread': 0.007, 'manhattan': true, 'jfk': false},
             {'zip': '10004', 'lat': 40.7075, 'lon': -74.0113, 'spread': 0.006, 'manhattan': true, 'jfk': false},
             {'zip': '10027', 'lat': 40.8116, 'lon': -73.9465, 'spread': 0.010, 'manhattan': true, 'jfk': false},
             {'zip': '11430', 'lat': 40.6413, 'lon': -73.7781, 'spread': 0.006, 'manhattan': false, 'jfk': true},
             {'zip': '11371', 'lat': 40.7769, 'lon': -73.8740, 'spread': 0.004, 'manhattan': false, 'jfk': false},
             {'zip': '11211', 'lat': 40.7081, 'lon': -73.9571, 'spread': 0.010, 'manhattan': false, 'jfk': false},
             {'zip': '11201', 'lat': 40.6928, 'lon': -73.9903, 'spread': 0.008, 'manhattan': false, 'jfk': false},
             {'zip': '11101', 'lat': 40.7447, 'lon': -73.9485, 'spread': 0.008, 'manhattan': false, 'jfk': false},
             {'zip': '11215', 'lat': 40.6710, 'lon': -73.9814, 'spread': 0.008, 'manhattan': false, 'jfk': false}]""";
    private static final List<Integer> PICKUP_WEIGHTS = List.of(22, 12, 9, 10, 8, 7, 4, 8, 7, 4, 4, 3, 2);
    private static final List<Integer> DROPOFF_WEIGHTS = List.of(20, 12, 10, 9, 8, 6, 5, 6, 6, 6, 5, 4, 3);
    /** Share of pickups per hour of the day, midnight first: quiet nights, a long evening peak. */
    private static final List<Integer> HOUR_WEIGHTS =
            List.of(3, 2, 1, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 7, 6, 6, 6, 4);

    @Override
    public String name() {
        return "taxi_trips";
    }

    @Override
    public List<TableName> tables() {
        return List.of(TRIPS);
    }

    @Override
    public long rows(DemoDataProperties sizes) {
        return sizes.taxiTrips();
    }

    @Override
    public void create(Warehouse.Transaction tx, Dialect dialect, long rows, long seed) {
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(TRIPS).sql("""
                (trip_id BIGINT, pickup_at TIMESTAMP, dropoff_at TIMESTAMP, pickup_lat DOUBLE, pickup_lon DOUBLE,
                 dropoff_lat DOUBLE, dropoff_lon DOUBLE, passenger_count INTEGER, trip_distance_mi DOUBLE,
                 fare_amount DECIMAL(8,2), tip_amount DECIMAL(8,2), total_amount DECIMAL(8,2), pickup_zip VARCHAR)""")
                .build());
        String noise = new Noise(seed, name()).uniform("u_from").uniform("u_to").uniform("u_local")
                .uniform("u_a").uniform("u_b").uniform("u_c").uniform("u_d").uniform("u_e").uniform("u_f")
                .uniform("u_g").uniform("u_h").uniform("u_day").uniform("u_hour").uniform("u_second")
                .uniform("u_speed").uniform("u_passengers").uniform("u_tip").uniform("u_tip_rate").rows(rows);
        String select = Literals.fill("""
                SELECT row_number() OVER (ORDER BY pickup_at, i), pickup_at, dropoff_at, pickup_lat, pickup_lon,
                  dropoff_lat, dropoff_lon, passenger_count, distance, fare, tip, fare + tip + ${surcharge}, pickup_zip
                FROM (SELECT *, CASE WHEN u_tip < 0.3 THEN 0.00
                    ELSE round(fare * ${tipRate}::DECIMAL(3,2), 2) END::DECIMAL(8,2) AS tip
                  FROM (SELECT *, pickup_at + to_seconds(60 + floor(distance / (${speed}) * 3600)::BIGINT)
                        AS dropoff_at,
                      CASE WHEN (f.jfk AND t.manhattan) OR (t.jfk AND f.manhattan) THEN 70.00
                        ELSE round(3.00 + 3.50 * distance, 2) END::DECIMAL(8,2) AS fare
                    FROM (SELECT *, round(0.1 + 1.3 * sqrt(${dy2} + ${dx2}), 2) AS distance
                      FROM (SELECT *, f.zip AS pickup_zip, ${pickupLat} AS pickup_lat, ${pickupLon} AS pickup_lon,
                          ${dropoffLat} AS dropoff_lat, ${dropoffLon} AS dropoff_lon, ${passengers} AS passenger_count,
                          TIMESTAMP '2025-11-01 00:00:00' + to_days(floor(u_day * 365)::INTEGER)
                            + to_hours(${hour} - 1) + to_seconds(floor(u_second * 3600)::BIGINT) AS pickup_at
                        FROM (SELECT *, ${zones}[from_zone] AS f, ${zones}[CASE WHEN u_local < 0.35
                            AND from_zone NOT IN (8, 9) THEN from_zone ELSE ${toZone} END] AS t
                          FROM (SELECT *, ${fromZone} AS from_zone FROM ${noise}))))))""",
                "surcharge", SURCHARGE,
                "tipRate", Literals.weighted(List.of("0.15", "0.18", "0.20", "0.22", "0.25"), List.of(2, 2, 3, 2, 1),
                        "u_tip_rate"),
                // Rush hours are slow, nights fast; a city trip averages about 11 mph.
                "speed", "CASE WHEN hour(pickup_at) IN (7, 8, 9, 16, 17, 18) THEN 8.0 "
                        + "WHEN hour(pickup_at) < 6 THEN 18.0 ELSE 11.0 END * (0.8 + 0.4 * u_speed)",
                // Street grids make a trip about 1.3 times the straight line; 69 and 52.4 miles per degree.
                "dy2", square("(dropoff_lat - pickup_lat) * 69.0"),
                "dx2", square("(dropoff_lon - pickup_lon) * 52.4"),
                "pickupLat", clamp("f.lat + f.spread * (u_a + u_b - 1) * 2.4", MIN_LAT, MAX_LAT),
                "pickupLon", clamp("f.lon + f.spread * (u_c + u_d - 1) * 2.4", MIN_LON, MAX_LON),
                "dropoffLat", clamp("t.lat + t.spread * (u_e + u_f - 1) * 2.4", MIN_LAT, MAX_LAT),
                "dropoffLon", clamp("t.lon + t.spread * (u_g + u_h - 1) * 2.4", MIN_LON, MAX_LON),
                "passengers", Literals.weightedIndex(List.of(70, 14, 5, 3, 5, 3), "u_passengers"),
                "hour", Literals.weightedIndex(HOUR_WEIGHTS, "u_hour"),
                // A third of the trips stay in their neighbourhood; the airports (zones 8 and 9) have none.
                "zones", ZONES,
                "toZone", Literals.weightedIndex(DROPOFF_WEIGHTS, "u_to"),
                "fromZone", Literals.weightedIndex(PICKUP_WEIGHTS, "u_from"),
                "noise", noise);
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(TRIPS).sql(" ").sql(select).build());
    }

    /** x * x rather than pow(), whose last bit may differ between maths libraries. */
    private static String square(String expression) {
        return "((" + expression + ") * (" + expression + "))";
    }

    /** Keeps a coordinate inside the box, to GPS precision (about 10 cm). */
    private static String clamp(String expression, double min, double max) {
        return "round(greatest(" + min + ", least(" + max + ", " + expression + ")), 6)";
    }
}
