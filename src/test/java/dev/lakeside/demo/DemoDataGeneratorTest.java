package dev.lakeside.demo;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataGeneratorTest {

    static final DemoDataProperties SMALL = new DemoDataProperties(true, 42, 400, 5000, 6000, 5000, 300, 500);
    static final List<TableName> TABLES = List.of(SupplierData.SUPPLIERS, SalesData.SALES, SensorData.READINGS,
            SensorData.WINDOWS, SensorData.MOVING_AVERAGES, TaxiData.TRIPS, ReviewData.REVIEWS, CustomerData.CUSTOMERS);

    @TempDir
    Path tempDir;

    @Test
    void generate_sameSeedAndSizesInTwoDatabases_identicalContent() {
        try (DuckDbWarehouse first = open("first"); DuckDbWarehouse second = open("second")) {
            new DemoDataGenerator(first).generate(SMALL);
            new DemoDataGenerator(second).generate(SMALL);
            for (TableName table : TABLES) {
                assertThat(content(second, table)).as(table.toString()).isEqualTo(content(first, table));
            }
        }
    }

    @Test
    void generate_differentSeed_differentContentInEveryTable() {
        try (DuckDbWarehouse first = open("first"); DuckDbWarehouse second = open("second")) {
            new DemoDataGenerator(first).generate(SMALL);
            new DemoDataGenerator(second).generate(new DemoDataProperties(true, 43, 400, 5000, 6000, 5000, 300, 500));
            for (TableName table : TABLES) {
                assertThat(content(second, table)).as(table.toString()).isNotEqualTo(content(first, table));
            }
        }
    }

    @Test
    void generate_calledTwiceWithSameSizes_secondCallSkipsEverything() {
        try (DuckDbWarehouse warehouse = open("db")) {
            DemoDataGenerator generator = new DemoDataGenerator(warehouse);
            GenerationReport first = generator.generate(SMALL);
            List<List<Object>> metaBefore = content(warehouse, DemoDataGenerator.DATASETS);

            GenerationReport second = generator.generate(SMALL);

            assertThat(first.generated())
                    .containsExactly("suppliers", "sales", "sensor_readings", "taxi_trips", "reviews", "customers");
            assertThat(second.generated()).isEmpty();
            assertThat(second.skipped()).containsExactlyElementsOf(first.generated());
            assertThat(content(warehouse, DemoDataGenerator.DATASETS)).isEqualTo(metaBefore);
            assertThat(count(warehouse, SupplierData.SUPPLIERS)).isEqualTo(400);
            assertThat(count(warehouse, SalesData.SALES)).isEqualTo(5000);
            assertThat(count(warehouse, SensorData.READINGS)).isEqualTo(6000);
            assertThat(count(warehouse, TaxiData.TRIPS)).isEqualTo(5000);
            assertThat(count(warehouse, ReviewData.REVIEWS)).isEqualTo(300);
        }
    }

    @Test
    void generate_oneSizeChanged_regeneratesOnlyThatDataset() {
        try (DuckDbWarehouse warehouse = open("db")) {
            DemoDataGenerator generator = new DemoDataGenerator(warehouse);
            generator.generate(SMALL);

            GenerationReport report = generator.generate(new DemoDataProperties(true, 42, 400, 5000, 6000, 5000, 250, 500));

            assertThat(report.generated()).containsExactly("reviews");
            assertThat(count(warehouse, ReviewData.REVIEWS)).isEqualTo(250);
            assertThat(count(warehouse, SalesData.SALES)).isEqualTo(5000);
        }
    }

    @Test
    void generate_tableDroppedSinceLastRun_regeneratesItsDataset() {
        try (DuckDbWarehouse warehouse = open("db")) {
            DemoDataGenerator generator = new DemoDataGenerator(warehouse);
            generator.generate(SMALL);
            warehouse.update(new SqlBuilder(warehouse.dialect()).sql("DROP TABLE ")
                    .table(SensorData.MOVING_AVERAGES).build());

            GenerationReport report = generator.generate(SMALL);

            assertThat(report.generated()).containsExactly("sensor_readings");
            assertThat(count(warehouse, SensorData.MOVING_AVERAGES)).isEqualTo(count(warehouse, SensorData.WINDOWS));
        }
    }

    private DuckDbWarehouse open(String name) {
        return new DuckDbWarehouse(tempDir.resolve(name + ".duckdb"), Duration.ofSeconds(60), e -> { });
    }

    /** Every row's values, in a fixed order, so two tables can be compared exactly. */
    static List<List<Object>> content(Warehouse warehouse, TableName table) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT * FROM ").table(table)
                .sql(" ORDER BY ALL").build()).map(Row::values);
    }

    static long count(Warehouse warehouse, TableName table) {
        return ((Number) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ")
                .table(table).build()).singleValue()).longValue();
    }
}
