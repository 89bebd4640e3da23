package dev.lakeside.sales;

import dev.lakeside.databricks.BothEngines;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sales dashboard's statements on Spark SQL + Delta through the Databricks path, compared with the
 * embedded DuckDB holding the same rows: the same KPIs, buckets, products, pages and counts.
 */
class SalesOnSparkTest {

    private static SalesService duckDb;
    private static SalesService spark;

    @BeforeAll
    static void engines() {
        BothEngines engines = BothEngines.shared();
        duckDb = service(engines.duckDb());
        spark = service(engines.spark());
    }

    private static SalesService service(Warehouse warehouse) {
        return new SalesService(warehouse, BothEngines.newCache(), BothEngines.appUser());
    }

    @Test
    void regionsAndDateBounds_sameOnBothEngines() {
        assertThat(spark.regions()).isNotEmpty().isEqualTo(duckDb.regions());
        assertThat(spark.dateBounds()).isEqualTo(duckDb.dateBounds());
    }

    @Test
    void kpisChartsAndPages_forEveryBucketWidth_sameOnBothEngines() {
        SalesService.DateRange bounds = duckDb.dateBounds();
        String region = duckDb.regions().getFirst();
        for (SalesFilter filter : List.of(new SalesFilter(bounds.last().minusDays(20), bounds.last(), null),
                new SalesFilter(bounds.last().minusDays(200), bounds.last(), region),
                new SalesFilter(bounds.first(), bounds.last(), null))) {
            assertThat(spark.kpis(filter)).as("KPIs of %s", filter).isEqualTo(duckDb.kpis(filter));
            assertThat(spark.revenueOverTime(filter)).as("%s buckets of %s", filter.bucket(), filter)
                    .isNotEmpty().isEqualTo(duckDb.revenueOverTime(filter));
            assertThat(spark.revenueByProduct(filter)).isEqualTo(duckDb.revenueByProduct(filter));
            assertThat(spark.count(filter)).isPositive().isEqualTo(duckDb.count(filter));
            List<Sort> sorts = List.of(Sort.desc("revenue"), Sort.asc("region"));
            assertThat(spark.rows(filter, 10, 25, sorts)).hasSize(25).isEqualTo(duckDb.rows(filter, 10, 25, sorts));
        }
    }
}
