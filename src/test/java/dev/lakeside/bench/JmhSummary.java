package dev.lakeside.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns one JMH run into the Markdown tables of docs/performance.md, ratios included. */
final class JmhSummary {

    private JmhSummary() {
    }

    static void write(Path file, String markdown) throws IOException {
        Files.writeString(file, markdown);
        System.out.println(markdown);
    }

    /** Per question: naive, uncached and cached Lakeside (mean ms per call) and their ratios. */
    static String naiveVersusLakeside(Collection<RunResult> results) {
        Map<String, Map<String, Double>> byQuestion = new LinkedHashMap<>();
        for (RunResult result : results) {
            byQuestion.computeIfAbsent(result.getParams().getParam("question"), q -> new TreeMap<>())
                    .put(method(result), result.getPrimaryResult().getScore());
        }
        StringBuilder out = new StringBuilder("| question | naive ms | Lakeside uncached ms | Lakeside cached ms"
                + " | naive / uncached | naive / cached | uncached / cached |\n|---|---|---|---|---|---|---|\n");
        byQuestion.forEach((question, scores) -> {
            double naive = scores.getOrDefault("naive", Double.NaN);
            double uncached = scores.getOrDefault("lakesideUncached", Double.NaN);
            double cached = scores.getOrDefault("lakesideCached", Double.NaN);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.1fx | %,.0fx | %,.0fx |%n", question,
                    ms(naive), ms(uncached), ms(cached), naive / uncached, naive / cached, uncached / cached));
        });
        return out.toString();
    }

    /** Per number of callers: time until all have their answer, with and without the cache, and queries run. */
    static String singleFlight(Collection<RunResult> results, List<String> counts) {
        Map<Integer, Map<String, Double>> byCallers = new TreeMap<>();
        for (RunResult result : results) {
            byCallers.computeIfAbsent(Integer.parseInt(result.getParams().getParam("callers")), n -> new TreeMap<>())
                    .put(method(result), result.getPrimaryResult().getScore());
        }
        StringBuilder out = new StringBuilder("| concurrent identical misses | all answered, through the cache ms"
                + " | all answered, each queries ms | ratio | warehouse queries per burst (cache / none) |\n"
                + "|---|---|---|---|---|\n");
        byCallers.forEach((callers, scores) -> {
            double cached = scores.getOrDefault("throughTheCache", Double.NaN);
            double uncached = scores.getOrDefault("withoutTheCache", Double.NaN);
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %.1fx | %s / %s |%n", callers, ms(cached),
                    ms(uncached), uncached / cached, perBurst(counts, "throughTheCache", callers),
                    perBurst(counts, "withoutTheCache", callers)));
        });
        out.append("\nQuery counts (bursts include warm-up):\n\n")
                .append(counts.stream().map(line -> "    " + line).collect(Collectors.joining("\n"))).append('\n');
        return out.toString();
    }

    /** Per parameter combination: p50, p95 and the number of samples (SampleTime mode). */
    static String percentiles(Collection<RunResult> results) {
        StringBuilder out = new StringBuilder("| parameters | p50 ms | p95 ms | max ms | samples |\n"
                + "|---|---|---|---|---|\n");
        for (RunResult result : results) {
            Statistics stats = result.getPrimaryResult().getStatistics();
            String params = result.getParams().getParamsKeys().stream()
                    .map(key -> key + "=" + result.getParams().getParam(key)).collect(Collectors.joining(", "));
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d |%n", params, ms(stats.getPercentile(50)),
                    ms(stats.getPercentile(95)), ms(stats.getMax()), stats.getN()));
        }
        return out.toString();
    }

    private static String perBurst(List<String> counts, String method, int callers) {
        return counts.stream().filter(line -> line.startsWith(method + " callers=" + callers + " "))
                .map(line -> {
                    Map<String, Long> values = new TreeMap<>();
                    for (String part : line.split(" ")) {
                        if (part.contains("=")) {
                            values.put(part.substring(0, part.indexOf('=')),
                                    Long.parseLong(part.substring(part.indexOf('=') + 1)));
                        }
                    }
                    return String.format(Locale.ROOT, "%.2f",
                            (double) values.get("warehouseQueries") / values.get("bursts"));
                })
                .findFirst().orElse("?");
    }

    private static String method(RunResult result) {
        String name = result.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String ms(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : value >= 1 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.4f", value);
    }
}
