package dev.lakeside.databricks;

import dev.lakeside.cache.CacheProperties;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.demo.DemoDataGenerator;
import dev.lakeside.demo.DemoDataProperties;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityResolver;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The same small demo tables in two engines, for tests that run a tool's statements on both and compare:
 * the embedded DuckDB, and Spark SQL with Delta Lake reached through Lakeside's whole Databricks path
 * ({@link SparkWarehouses}). The data is made once by Lakeside's own demo generator into DuckDB, written
 * out as Parquet and loaded into Delta tables of catalog {@code main} with {@code CREATE TABLE ... AS SELECT}.
 * Once per test run; tests that write create their own tables.
 */
public final class BothEngines {

    /** Small sizes: the engine takes about a second a statement, whatever the size. */
    public static final DemoDataProperties SIZES = new DemoDataProperties(true, 42, 300, 3000, 600, 2000, 120, 400);
    private static final List<String> SCHEMAS = List.of("gold", "silver", "bronze", "smart_analytics");
    private static BothEngines shared;

    private final SparkWarehouses sparkWarehouses = new SparkWarehouses();
    private final DatabricksWarehouse spark = sparkWarehouses.asApp(written -> { });
    private final DuckDbWarehouse duckDb;

    private BothEngines(Path dir) {
        duckDb = new DuckDbWarehouse(dir.resolve("demo.duckdb"), Duration.ofMinutes(2), written -> { });
        new DemoDataGenerator(duckDb).generate(SIZES);
        for (String schema : SCHEMAS) {
            spark.update(new SqlBuilder(spark.dialect()).sql("CREATE SCHEMA IF NOT EXISTS ").identifier(schema).build());
        }
        List<Row> tables = duckDb.query(new SqlBuilder(duckDb.dialect()).sql("SELECT table_schema, table_name FROM")
                .sql(" information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema IN (")
                .values(SCHEMAS).sql(") ORDER BY 1, 2").build()).rows();
        for (Row table : tables) {
            copyToSpark(new TableName(table.getString("table_schema"), table.getString("table_name")), dir);
        }
    }

    public static synchronized BothEngines shared() {
        if (shared == null) {
            Path dir = Path.of("target", "both-engines-" + ProcessHandle.current().pid()).toAbsolutePath();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared = new BothEngines(dir);
        }
        return shared;
    }

    /** Spark SQL + Delta behind databricks-jdbc, as the app's service principal, catalog {@code main}. */
    public DatabricksWarehouse spark() {
        return spark;
    }

    /** The embedded DuckDB holding the same demo tables. */
    public DuckDbWarehouse duckDb() {
        return duckDb;
    }

    /** Unity Catalog's list and get calls, answered by the engine's own catalog through the fake workspace. */
    public dev.lakeside.catalog.WarehouseCatalog sparkCatalog() {
        return new UnityCatalog("main", fake().workspaceClients(IdentityProperties.IdentityMode.APP, () -> null));
    }

    /** The fake workspace in front of the engine (OAuth, and the log of every request). */
    public DatabricksFake fake() {
        return sparkWarehouses.fake();
    }

    /** A fresh Delta copy of a demo table on Spark, for a test that writes to it (replaced if it exists). */
    public void copyOnSpark(String from, String to) {
        spark.update(new SqlBuilder(spark.dialect()).sql("CREATE OR REPLACE TABLE ").table(TableName.parse(to))
                .sql(" AS SELECT * FROM ").table(TableName.parse(from)).build());
    }

    public static QueryCache newCache() {
        return new QueryCache(new CacheProperties(Duration.ofMinutes(5), DataSize.ofMegabytes(16), Map.of()),
                new SimpleMeterRegistry());
    }

    /** The local user, identity mode app. */
    public static CurrentUser appUser() {
        return new CurrentUser(new IdentityResolver(new IdentityProperties(false, IdentityProperties.IdentityMode.APP,
                new IdentityProperties.LocalUser("local.developer@lakeside.dev", "Local Developer"))));
    }

    private void copyToSpark(TableName table, Path dir) {
        Path parquet = dir.resolve(table + ".parquet");
        duckDb.update(new SqlBuilder(duckDb.dialect()).sql("COPY ").table(table).sql(" TO '" + parquet + "' (FORMAT parquet)")
                .build());
        SqlBuilder create = new SqlBuilder(spark.dialect()).sql("CREATE OR REPLACE TABLE ").table(table).sql(" AS SELECT ");
        List<Row> columns = duckDb.query(new SqlBuilder(duckDb.dialect()).sql("SELECT column_name, data_type FROM")
                .sql(" information_schema.columns WHERE table_schema = ").value(table.schema())
                .sql(" AND table_name = ").value(table.table()).sql(" ORDER BY ordinal_position").build()).rows();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).getString("column_name");
            create.sql(i == 0 ? "" : ", ");
            if (columns.get(i).getString("data_type").startsWith("TIMESTAMP")) {
                // DuckDB's TIMESTAMP arrives as Spark's TIMESTAMP_NTZ; Databricks tables hold TIMESTAMP
                create.sql("CAST(").identifier(name).sql(" AS TIMESTAMP) AS ").identifier(name);
            } else {
                create.identifier(name);
            }
        }
        spark.update(create.sql(" FROM parquet.`" + parquet + "`").build());
    }
}
