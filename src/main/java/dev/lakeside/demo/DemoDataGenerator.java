package dev.lakeside.demo;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the warehouse with deterministic demo data: suppliers, sales, BME280 sensor readings with
 * their silver and gold aggregates, NYC taxi trips, product reviews and subscription customers. Every dataset is loaded
 * with set-based SQL in its own transaction, and skipped when
 * {@code lakeside_meta.demo_datasets} shows it was already generated with the same size and seed.
 */
public final class DemoDataGenerator {

    static final TableName DATASETS = new TableName("lakeside_meta", "demo_datasets");
    private static final List<String> SCHEMAS =
            List.of("gold", "silver", "bronze", "smart_analytics", DATASETS.schema());

    private final Warehouse warehouse;
    private final List<DemoDataset> datasets = List.of(new SupplierData(), new SalesData(), new SensorData(),
            new TaxiData(), new ReviewData(), new CustomerData());

    public DemoDataGenerator(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Generates every dataset that is missing or was generated with other sizes or another seed. */
    public GenerationReport generate(DemoDataProperties sizes) {
        long start = System.nanoTime();
        warehouse.inTransaction(tx -> {
            for (String schema : SCHEMAS) {
                tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS ").identifier(schema).build());
            }
            return tx.update(sql().sql("CREATE TABLE IF NOT EXISTS ").table(DATASETS)
                    .sql(" (dataset VARCHAR PRIMARY KEY, row_count BIGINT, seed BIGINT, generated_at TIMESTAMP)")
                    .build());
        });
        List<GenerationReport.Dataset> outcomes = new ArrayList<>();
        for (DemoDataset dataset : datasets) {
            outcomes.add(generate(dataset, dataset.rows(sizes), sizes.seed()));
        }
        return new GenerationReport(outcomes, millisSince(start));
    }

    private GenerationReport.Dataset generate(DemoDataset dataset, long rows, long seed) {
        long start = System.nanoTime();
        // The check runs inside the write transaction so two starting instances cannot both rebuild.
        boolean generated = warehouse.inTransaction(tx -> {
            if (isUpToDate(tx, dataset, rows, seed)) {
                return false;
            }
            for (TableName table : dataset.tables().reversed()) {
                tx.update(sql().sql("DROP TABLE IF EXISTS ").table(table).build());
            }
            dataset.create(tx, warehouse.dialect(), rows, seed);
            tx.update(sql().sql("INSERT OR REPLACE INTO ").table(DATASETS).sql(" VALUES (")
                    .value(dataset.name()).sql(", ").value(rows).sql(", ").value(seed).sql(", ")
                    .value(LocalDateTime.now(ZoneOffset.UTC)).sql(")").build());
            return true;
        });
        return new GenerationReport.Dataset(dataset.name(), generated, rows, millisSince(start));
    }

    private boolean isUpToDate(Warehouse.Transaction tx, DemoDataset dataset, long rows, long seed) {
        long recorded = ((Number) tx.query(sql().sql("SELECT count(*) FROM ").table(DATASETS)
                .sql(" WHERE dataset = ").value(dataset.name()).sql(" AND row_count = ").value(rows)
                .sql(" AND seed = ").value(seed).build()).singleValue()).longValue();
        if (recorded == 0) {
            return false;
        }
        for (TableName table : dataset.tables()) {
            long present = ((Number) tx.query(sql().sql("SELECT count(*) FROM information_schema.tables")
                    .sql(" WHERE table_schema = ").value(table.schema())
                    .sql(" AND table_name = ").value(table.table()).build()).singleValue()).longValue();
            if (present == 0) {
                return false;
            }
        }
        return true;
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
