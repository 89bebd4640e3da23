package dev.lakeside.bench;

import dev.lakeside.explore.GridPageJmh;
import dev.lakeside.explore.NaiveVersusLakesideJmh;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One command per JMH benchmark, left out of {@code mvn test} (tag {@code benchmark}):
 * <pre>
 * mvn test -DexcludedGroups=none -Dtest='JmhBenchmark#naiveVersusLakeside'
 * mvn test -DexcludedGroups=none -Dtest='JmhBenchmark#singleFlight'
 * mvn test -DexcludedGroups=none -Dtest='JmhBenchmark#gridPaging'
 * mvn test -DexcludedGroups=none -Dtest='JmhBenchmark#sortedPageBeforeAfter'
 * </pre>
 * Each runs its benchmark class in a forked JDK 25 with the test class path, then writes JMH's log
 * ({@code target/jmh/NAME.log}), its JSON results and a Markdown summary ({@code target/jmh/NAME.md}).
 * {@code -Djmh.params='table=gold.sales;order=sorted'} narrows the parameters for a quick look.
 */
@Tag("benchmark")
class JmhBenchmark {

    static final Path OUT = Path.of("target", "jmh");

    @Test
    void naiveVersusLakeside() throws Exception {
        Collection<RunResult> results = run("naive-versus-lakeside", NaiveVersusLakesideJmh.class, 2, 3, 2);
        JmhSummary.write(OUT.resolve("naive-versus-lakeside.md"), JmhSummary.naiveVersusLakeside(results));
    }

    @Test
    void singleFlight() throws Exception {
        Files.deleteIfExists(SingleFlightJmh.COUNTS);
        Collection<RunResult> results = run("single-flight", SingleFlightJmh.class, 3, 5, 1);
        JmhSummary.write(OUT.resolve("single-flight.md"),
                JmhSummary.singleFlight(results, Files.readAllLines(SingleFlightJmh.COUNTS)));
    }

    @Test
    void gridPaging() throws Exception {
        Collection<RunResult> results = run("grid-paging", GridPageJmh.class, 2, 3, 2);
        JmhSummary.write(OUT.resolve("grid-paging.md"), JmhSummary.percentiles(results));
    }

    /** Sorted pages as the explorer sent them before the tie-breaker fix and as it sends them now, one run. */
    @Test
    void sortedPageBeforeAfter() throws Exception {
        Collection<RunResult> results = run("sorted-page-before-after", GridPageJmh.class, 2, 3, 2,
                Map.of("order", new String[] {"sorted"}, "shape", new String[] {"plain-order-by", "explorer"}));
        JmhSummary.write(OUT.resolve("sorted-page-before-after.md"), JmhSummary.percentiles(results));
    }

    private static Collection<RunResult> run(String name, Class<?> benchmark, int warmups, int iterations,
                                             int seconds) throws RunnerException, IOException {
        return run(name, benchmark, warmups, iterations, seconds, Map.of());
    }

    private static Collection<RunResult> run(String name, Class<?> benchmark, int warmups, int iterations,
                                             int seconds, Map<String, String[]> params)
            throws RunnerException, IOException {
        Files.createDirectories(OUT);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(benchmark.getName()) + "\\.")
                .forks(1)
                .warmupIterations(warmups).warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .jvmArgsAppend("--enable-native-access=ALL-UNNAMED", "-Xmx4g")
                .shouldFailOnError(true)
                .output(OUT.resolve(name + ".log").toString())
                .result(OUT.resolve(name + ".json").toString()).resultFormat(ResultFormatType.JSON);
        params.forEach(options::param);
        String narrowed = System.getProperty("jmh.params", "");
        for (String param : narrowed.split(";")) {
            if (param.contains("=")) {
                String[] pair = param.split("=", 2);
                options.param(pair[0].trim(), pair[1].split(","));
            }
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        assertThat(results).isNotEmpty();
        return results;
    }
}
