package dev.lakeside.explore;

import dev.lakeside.catalog.DuckDbCatalog;
import dev.lakeside.databricks.BothEngines;
import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.RowSink;
import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's statements (sorted and filtered pages, counts, value lists, group-by, the export stream)
 * on Spark SQL + Delta through the Databricks path and Unity Catalog's API, compared with the embedded DuckDB
 * holding the same rows.
 */
class ExploreOnSparkTest {

    private static final TableName SALES = new TableName("gold", "sales");
    private static ExploreService duckDb;
    private static ExploreService spark;

    @BeforeAll
    static void engines() {
        BothEngines engines = BothEngines.shared();
        duckDb = new ExploreService(engines.duckDb(), new DuckDbCatalog(engines.duckDb()), BothEngines.newCache(),
                BothEngines.appUser());
        spark = new ExploreService(engines.spark(), engines.sparkCatalog(), BothEngines.newCache(), BothEngines.appUser());
    }

    @Test
    void tablesAndColumns_comeFromUnityCatalog_withTheEnginesTypes() {
        assertThat(spark.tables()).extracting(t -> t.tableName().orElseThrow())
                .contains(SALES, new TableName("gold", "suppliers"), new TableName("smart_analytics", "taxi_trips"));
        TableSchema schema = spark.describe(SALES);
        assertThat(schema.columnNames()).isEqualTo(duckDb.describe(SALES).columnNames());
    }

    @Test
    void sortedFilteredPagesCountsAndGroups_sameOnBothEngines() {
        ExploreState state = ExploreState.parse(Map.of("table", List.of("gold.sales"),
                "in.region", List.of("North", "West"), "from.order_date", List.of("2025-01-01"),
                "contains.product", List.of("a"), "sort", List.of("-revenue", "product"),
                "group", List.of("region", "category"), "measure", List.of("sum.revenue", "count", "avg.units")));
        TableSchema duckSchema = duckDb.describe(SALES);
        TableSchema sparkSchema = spark.describe(SALES);
        spark.validate(sparkSchema, state);

        long count = spark.count(sparkSchema, state, new QueryHandle());
        assertThat(count).isPositive().isEqualTo(duckDb.count(duckSchema, state, new QueryHandle()));
        for (long offset : List.of(0L, 40L, count - 7)) {
            assertThat(values(spark.page(sparkSchema, state, offset, 20))).as("page at %d", offset)
                    .isNotEmpty().isEqualTo(values(duckDb.page(duckSchema, state, offset, 20)));
        }
        ExploreState unsorted = ExploreState.parse(Map.of("table", List.of("gold.sales"), "in.region", List.of("North")));
        assertThat(spark.page(sparkSchema, unsorted, 0, 30).size()).isEqualTo(30);
        assertThat(spark.distinctValues(sparkSchema, "category")).isEqualTo(duckDb.distinctValues(duckSchema, "category"));
        assertThat(values(spark.group(sparkSchema, state, new QueryHandle()).rows().rows()))
                .isNotEmpty().isEqualTo(values(duckDb.group(duckSchema, state, new QueryHandle()).rows().rows()));
    }

    @Test
    void export_streamsEveryMatchingRowInTheGridsOrder() {
        ExploreState state = ExploreState.parse(Map.of("table", List.of("gold.sales"), "in.region", List.of("North"),
                "sort", List.of("order_date", "-order_id")));
        List<List<Object>> exported = new ArrayList<>();
        long rows = spark.export(spark.describe(SALES), state, new QueryHandle(), sink(exported));
        List<List<Object>> expected = new ArrayList<>();
        duckDb.export(duckDb.describe(SALES), state, new QueryHandle(), sink(expected));

        assertThat(rows).isPositive().isEqualTo(expected.size());
        assertThat(exported).isEqualTo(expected);
    }

    private static List<List<Object>> values(QueryResult result) {
        return values(result.rows());
    }

    private static List<List<Object>> values(List<Row> rows) {
        return rows.stream().map(Row::values).toList();
    }

    private static RowSink sink(List<List<Object>> into) {
        return new RowSink() {
            @Override
            public void columns(List<ColumnInfo> columns) {
            }

            @Override
            public void row(Row row) {
                into.add(row.values());
            }
        };
    }
}
