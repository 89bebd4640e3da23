package dev.lakeside.standin;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Apache Spark SQL with Delta Lake in local mode, run the way a SQL warehouse runs statements: each
 * on its own thread, in a job group named after the statement so a cancel stops its Spark jobs.
 * Writes answer with the row counts Databricks returns ({@code num_affected_rows}, ...).
 */
final class Engine implements AutoCloseable {

    /** INSERT and CREATE TABLE ... AS SELECT answer nothing in Spark; Databricks answers their row counts. */
    private static final Pattern INSERT_TARGET = Pattern.compile(
            "^\\s*(?:INSERT\\s+(?:INTO|OVERWRITE)(?:\\s+TABLE)?|CREATE\\s+(?:OR\\s+REPLACE\\s+)?TABLE(?:\\s+IF\\s+NOT\\s+EXISTS)?)"
                    + "\\s+((?:`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)(?:\\.(?:`[^`]+`|[A-Za-z_][A-Za-z0-9_]*))*)",
            Pattern.CASE_INSENSITIVE);
    private static final StructType INSERT_COUNTS = new StructType()
            .add("num_affected_rows", DataTypes.LongType).add("num_inserted_rows", DataTypes.LongType);

    private final SparkSession spark;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    Engine(Path warehouseDir) {
        spark = SparkSession.builder().master("local[2]").appName("lakeside-warehouse-standin")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.catalog.main", MainCatalog.class.getName())
                .config("spark.sql.warehouse.dir", warehouseDir.toAbsolutePath().toString())
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                // Databricks creates Delta tables when no format is given
                .config("spark.sql.sources.default", "delta")
                .config("spark.databricks.delta.snapshotPartitions", "2")
                .config("spark.sql.ansi.enabled", "true")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        spark.sql("SET CATALOG main");
        registerExistingTables(warehouseDir);
    }

    void submit(Statement statement, Object[] parameters) {
        threads.execute(() -> {
            spark.sparkContext().setJobGroup(statement.id, "statement", true);
            try {
                statement.result.complete(run(statement.sql, parameters));
            } catch (Throwable e) {
                statement.result.completeExceptionally(e);
            } finally {
                spark.sparkContext().clearJobGroup();
            }
        });
    }

    SparkSession session() {
        return spark;
    }

    void cancel(Statement statement) {
        statement.cancelled = true;
        spark.sparkContext().cancelJobGroup(statement.id);
    }

    private Statement.Result run(String sql, Object[] parameters) {
        Dataset<Row> result = spark.sql(sql, parameters);
        if (result.schema().isEmpty()) {
            Matcher insert = INSERT_TARGET.matcher(sql);
            if (insert.find() && sql.toUpperCase(Locale.ROOT).matches("(?s)\\s*INSERT.*|.*\\sAS\\s+(SELECT|WITH|\\().*")) {
                long rows = lastCommitOutputRows(insert.group(1));
                return new Statement.Result(INSERT_COUNTS, List.of(org.apache.spark.sql.RowFactory.create(rows, rows)));
            }
            return new Statement.Result(result.schema(), List.of());
        }
        return new Statement.Result(result.schema(), result.collectAsList());
    }

    private long lastCommitOutputRows(String table) {
        Row last = spark.sql("DESCRIBE HISTORY " + table + " LIMIT 1").select("operationMetrics").first();
        scala.collection.Map<String, String> metrics = last.getMap(0);
        return Long.parseLong(metrics.get("numOutputRows").getOrElse(() -> "0"));
    }

    /** Tables written before a restart: the session catalog is in memory, the Delta logs are on disk. */
    private void registerExistingTables(Path warehouseDir) {
        if (!Files.isDirectory(warehouseDir)) {
            return;
        }
        try (Stream<Path> schemas = Files.list(warehouseDir)) {
            for (Path schema : schemas.filter(p -> p.getFileName().toString().endsWith(".db")).toList()) {
                String schemaName = schema.getFileName().toString().replaceAll("\\.db$", "");
                spark.sql("CREATE SCHEMA IF NOT EXISTS `" + schemaName + "`");
                try (Stream<Path> tables = Files.list(schema)) {
                    for (Path table : tables.filter(t -> Files.isDirectory(t.resolve("_delta_log"))).toList()) {
                        spark.sql("CREATE TABLE IF NOT EXISTS `" + schemaName + "`.`" + table.getFileName()
                                + "` USING delta LOCATION '" + table.toAbsolutePath() + "'");
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
        spark.stop();
    }
}
