package dev.lakeside.databricks;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.DuckDbDialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts which of the statements Lakeside writes ran on the real engine. A statement is known by where it is
 * built in the main code (the first frame outside {@code dev.lakeside.warehouse}, so a {@code TableQuery}
 * counts where it is used). Every place seen building a statement during the test run, on any engine, is in
 * the count, except the embedded-only ones ({@link #EMBEDDED_ONLY}); a place counts as run on the engine when
 * a statement it built for Databricks was received by the {@link SparkStandIn}. Writes
 * {@code target/engine-coverage.md} when the test run ends. Registered as a JUnit launcher session listener.
 */
public final class EngineCoverage implements LauncherSessionListener {

    /** Code that never builds a statement for Databricks: demo data, DuckDB-only paths, local chat and model, Lakebase. */
    static final List<String> EMBEDDED_ONLY = List.of("dev.lakeside.demo.", "dev.lakeside.catalog.DuckDbCatalog", "dev.lakeside.chat.",
            "dev.lakeside.jobs.SalesByRegionRefresh", "dev.lakeside.jobs.LocalJobs", "dev.lakeside.lakebase.",
            "dev.lakeside.predict.LocalChurnModel", "dev.lakeside.bench.", "dev.lakeside.load.");
    private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final Map<String, String> SITE_OF_DATABRICKS_SQL = new ConcurrentHashMap<>();
    private static final Set<String> SITES = ConcurrentHashMap.newKeySet();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        SqlBuilder.onBuild(EngineCoverage::built);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        SqlBuilder.onBuild(null);
        SparkStandIn engine = SparkStandIn.startedOrNull();
        if (engine != null) {
            write(engine.statementsReceived());
        }
    }

    /** Statements for a SQL warehouse (DuckDB's or Databricks'); Lakebase's Postgres statements are not in the count. */
    private static void built(Dialect dialect, SqlStatement statement) {
        if (dialect instanceof DatabricksDialect || dialect instanceof DuckDbDialect) {
            site().ifPresent(site -> {
                SITES.add(site);
                if (dialect instanceof DatabricksDialect) {
                    SITE_OF_DATABRICKS_SQL.putIfAbsent(statement.sql(), site);
                }
            });
        }
    }

    /** {@code package.Class#method:line} of the main code that built the statement; empty for tests' own SQL. */
    private static Optional<String> site() {
        return STACK.walk(frames -> frames
                .filter(f -> f.getDeclaringClass() != EngineCoverage.class)
                .filter(f -> f.getClassName().startsWith("dev.lakeside.") && !f.getClassName().startsWith("dev.lakeside.warehouse."))
                .findFirst()
                .filter(f -> isMainCode(f.getDeclaringClass()))
                .filter(f -> EMBEDDED_ONLY.stream().noneMatch(f.getClassName()::startsWith))
                .map(f -> f.getClassName().substring("dev.lakeside.".length()).replaceAll("\\$.*", "") + "#"
                        + f.getMethodName().replaceAll("^lambda\\$|\\$\\d+$", "") + ":" + f.getLineNumber()));
    }

    private static boolean isMainCode(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source != null && !source.getLocation().getPath().contains("test-classes");
    }

    private static void write(List<String> received) {
        Set<String> ran = new TreeSet<>();
        received.forEach(sql -> Optional.ofNullable(SITE_OF_DATABRICKS_SQL.get(sql)).ifPresent(ran::add));
        Map<String, Boolean> all = new TreeMap<>();
        SITES.forEach(site -> all.put(site, ran.contains(site)));
        StringBuilder report = new StringBuilder("# Statements run on the Spark stand-in\n\n")
                .append(ran.size()).append(" of ").append(all.size())
                .append(" places in the main code that build a statement (outside the embedded-only code) had a statement")
                .append(" run on Spark SQL + Delta in this test run; ").append(received.size())
                .append(" statements were received in all.\n\n| Place | On the engine |\n|---|---|\n");
        all.forEach((site, onEngine) -> report.append("| `").append(site).append("` | ").append(onEngine ? "yes" : "**no**")
                .append(" |\n"));
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "engine-coverage.md"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Engine coverage: " + ran.size() + " of " + all.size()
                + " statement sites ran on the Spark stand-in (target/engine-coverage.md)");
    }
}
