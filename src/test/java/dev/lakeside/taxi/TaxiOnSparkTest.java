package dev.lakeside.taxi;

import dev.lakeside.cache.CacheScope;
import dev.lakeside.databricks.BothEngines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The taxi pickup density (the map and the JSON API share it) on Spark SQL + Delta through the Databricks
 * path, compared with the embedded DuckDB holding the same trips. Averages are compared to 1e-9: the engines
 * add floating-point values in different orders.
 */
class TaxiOnSparkTest {

    private static TaxiService duckDb;
    private static TaxiService spark;

    @BeforeAll
    static void engines() {
        BothEngines engines = BothEngines.shared();
        duckDb = new TaxiService(engines.duckDb(), BothEngines.newCache());
        spark = new TaxiService(engines.spark(), BothEngines.newCache());
    }

    @Test
    void tripDaysAndDensity_sameOnBothEngines() {
        TaxiService.TripDays days = spark.tripDays(CacheScope.SHARED);
        assertThat(days).isEqualTo(duckDb.tripDays(CacheScope.SHARED));

        for (DensityQuery query : new DensityQuery[] {new DensityQuery(days.first(), 7, 0.01),
                new DensityQuery(days.last().minusDays(2), 3, 0.005)}) {
            PickupDensity onSpark = spark.density(query, CacheScope.SHARED);
            PickupDensity onDuckDb = duckDb.density(query, CacheScope.SHARED);
            assertThat(onSpark.cells()).as("cells of %s", query).isNotEmpty().hasSameSizeAs(onDuckDb.cells());
            assertThat(onSpark).usingRecursiveComparison()
                    .withComparatorForType(Comparator.comparingDouble((Double d) -> Math.round(d * 1e9)), Double.class)
                    .isEqualTo(onDuckDb);
        }
    }
}
