package dev.lakeside.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** Writes what a run measured as Markdown tables, to the console and to {@code target/load/<name>.md}. */
final class LoadReport {

    private final StringBuilder text = new StringBuilder();

    LoadReport(String title) {
        line("## " + title);
        line("");
        line("Date " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + Runtime.version() + ", max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, load average at start "
                + String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ".");
        line("");
    }

    LoadReport line(String line) {
        text.append(line).append('\n');
        return this;
    }

    LoadReport latencies(LoadStats stats, ServerCpu cpu) {
        Map<String, double[]> serverCpu = cpu.perRequest();
        line("| Interaction | Requests | p50 ms | p95 ms | p99 ms | max ms | server CPU ms/request |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        stats.summaries().forEach((name, s) -> {
            double[] server = serverCpu.get(name);
            line(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %s |", name, s.count(), s.p50(), s.p95(),
                    s.p99(), s.max(), server == null ? "-" : String.format(Locale.ROOT, "%.2f", server[1])));
        });
        line("");
        return this;
    }

    LoadReport counters(LoadStats stats) {
        line("Counters: " + stats.counters());
        line("");
        line("Errors: " + stats.errorCount() + (stats.errorCount() == 0 ? "" : " " + stats.errors()));
        line("");
        return this;
    }

    LoadReport samples(java.util.List<LoadRun.Sample> samples) {
        line("| s | heap used MB | old gen after last GC MB | process CPU % | load avg | open sessions |");
        line("|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < samples.size(); i++) {
            LoadRun.Sample s = samples.get(i);
            if (i % 3 == 0 || i == samples.size() - 1) {
                line(String.format(Locale.ROOT, "| %d | %d | %d | %.0f | %.2f | %d |", s.secondsIn(), s.heapUsedMb(),
                        s.oldGenAfterGcMb(), s.processCpu() * 100, s.systemLoad(), s.openSessions()));
            }
        }
        line("");
        return this;
    }

    String write(String name) throws IOException {
        Path file = Path.of("target", "load", name + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println(text);
        return text.toString();
    }
}
