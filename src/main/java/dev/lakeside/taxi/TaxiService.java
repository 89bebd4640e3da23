package dev.lakeside.taxi;

import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.CacheScope;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;

/**
 * The NYC taxi data product: pickups aggregated in the warehouse into a square grid, with the trip
 * count and the average of every {@link TaxiMetric} per cell in one statement, so switching the
 * metric is a cache hit. The cell size and dates are bound parameters; columns come from the enum.
 */
@Service
class TaxiService {

    static final TableName TRIPS = new TableName("smart_analytics", "taxi_trips");
    private static final CachePolicy CACHE = CachePolicy.region("taxi");

    private final Warehouse warehouse;
    private final QueryCache cache;

    TaxiService(Warehouse warehouse, QueryCache cache) {
        this.warehouse = warehouse;
        this.cache = cache;
    }

    PickupDensity density(DensityQuery query, CacheScope scope) {
        SqlBuilder sql = new SqlBuilder(warehouse.dialect())
                .sql("SELECT CAST(floor(pickup_lat / ").value(query.cellDegrees()).sql(") AS BIGINT) AS lat_cell, ")
                .sql("CAST(floor(pickup_lon / ").value(query.cellDegrees()).sql(") AS BIGINT) AS lon_cell, ")
                .sql("count(*) AS trips");
        for (TaxiMetric metric : TaxiMetric.values()) {
            if (metric.column() != null) {
                // as DOUBLE: DuckDB averages a DECIMAL as a DOUBLE, Spark/Databricks as a DECIMAL of scale 6
                sql.sql(", avg(CAST(").identifier(metric.column()).sql(" AS DOUBLE)) AS ").identifier("avg_" + metric.parameter());
            }
        }
        sql.sql(" FROM ").table(TRIPS)
                .sql(" WHERE pickup_at >= ").value(query.date().atStartOfDay())
                .sql(" AND pickup_at < ").value(query.endExclusive().atStartOfDay())
                // a trip without coordinates has no cell (and floor(NULL) would be a null index)
                .sql(" AND pickup_lat IS NOT NULL AND pickup_lon IS NOT NULL")
                .sql(" GROUP BY 1, 2 ORDER BY 1, 2");
        SqlStatement statement = sql.build();
        List<DensityCell> cells = cache.get(statement, scope, CACHE, () -> warehouse.query(statement))
                .map(row -> toCell(row, query.cellDegrees()));
        return new PickupDensity(query, cells);
    }

    /** The first and last day with trips; both null when there are none. */
    TripDays tripDays(CacheScope scope) {
        SqlStatement statement = new SqlBuilder(warehouse.dialect())
                .sql("SELECT CAST(min(pickup_at) AS DATE) AS first_day, CAST(max(pickup_at) AS DATE) AS last_day FROM ")
                .table(TRIPS).build();
        Row row = cache.get(statement, scope, CACHE, () -> warehouse.query(statement)).rows().getFirst();
        return new TripDays(row.getDate("first_day"), row.getDate("last_day"));
    }

    /** The first and last day that have trips. */
    record TripDays(LocalDate first, LocalDate last) {
    }

    private static DensityCell toCell(Row row, double cell) {
        long lat = row.getLong("lat_cell");
        long lon = row.getLong("lon_cell");
        return new DensityCell(lat, lon, round((lat + 0.5) * cell), round((lon + 0.5) * cell), row.getLong("trips"),
                // null when every trip in the cell lacks the value
                row.getDouble("avg_fare"), row.getDouble("avg_tip"), row.getDouble("avg_distance"));
    }

    /** Cell centres to a millionth of a degree, so 0.005 does not print as 0.0049999999. */
    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
