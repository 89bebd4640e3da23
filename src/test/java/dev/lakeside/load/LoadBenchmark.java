package dev.lakeside.load;

import dev.lakeside.warehouse.TemporaryDataDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load, memory and round-trip cost of the tools over Vaadin's UI protocol, with the full demo data and
 * the live simulator and pipeline running as in production. The server runs in this JVM (so the server's
 * CPU per request is measured on its request threads by {@link ServerCpu}); the driver's users are
 * virtual threads on the same 2 cores. Commands and figures: docs/performance.md ("Load").
 * <pre>
 * mvn test -DexcludedGroups=none -Dtest=LoadBenchmark#users -Dload.users=200 -Dload.minutes=5
 * mvn test -DexcludedGroups=none -Dtest=LoadBenchmark#memoryPerSession
 * mvn test -DexcludedGroups=none -Dtest=LoadBenchmark#roundTripCost
 * </pre>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lakeside.identity.trust-forwarded-headers=true", "logging.level.dev.lakeside.ops.VaadinSessionMetrics=WARN",
        "vaadin.devmode.componentTracker.enabled=false"})
@Import(ServerCpu.Registration.class)
class LoadBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    ServerCpu serverCpu;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
        LoadServer.stewards(registry);
    }

    @Test
    void users() throws Exception {
        int users = Integer.getInteger("load.users", 200);
        double minutes = Double.parseDouble(System.getProperty("load.minutes", "5"));
        warmUp();
        serverCpu.reset();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        LoadRun run = new LoadRun(new LoadRun.Settings(base(), users, Duration.ofSeconds((long) (minutes * 60)),
                Duration.ofSeconds(30), new UserScript.Think(1000, 3000), Duration.ofSeconds(300), LoadServer.ALL_TOOLS),
                () -> LoadServer.openSessions(context)).execute();
        double seconds = (System.nanoTime() - started) / 1e9;
        double processCpu = (processCpuNanos() - cpuBefore) / 1e9;
        new LoadReport(users + " users for " + minutes + " min (30 s ramp-up, think 1-3 s)")
                .line(String.format(Locale.ROOT, "Requests %d in %.0f s (%.1f/s); errors %d. Process CPU %.0f s of %.0f s x 2 cores "
                                + "(%.0f %%), of which server request threads %.0f s.", run.stats.requests(), seconds,
                        run.stats.requests() / seconds, run.stats.errorCount(), processCpu, seconds,
                        100 * processCpu / seconds / Runtime.getRuntime().availableProcessors(), serverCpu.totalCpuSeconds()))
                .line("")
                .latencies(run.stats, serverCpu).counters(run.stats).samples(run.samples).write("users-" + users);
        assertThat(run.stats.errors()).isEmpty();
    }

    @Test
    void roundTripCost() throws Exception {
        warmUp();
        serverCpu.reset();
        LoadRun run = new LoadRun(new LoadRun.Settings(base(), 4, Duration.ofSeconds(60), Duration.ZERO,
                new UserScript.Think(300, 600), Duration.ofSeconds(300), LoadServer.ALL_TOOLS),
                () -> LoadServer.openSessions(context)).execute();
        new LoadReport("Round trip at low load: one user per tool, 60 s, think 0.3-0.6 s")
                .latencies(run.stats, serverCpu).counters(run.stats).write("round-trip");
        assertThat(run.stats.errors()).isEmpty();
    }

    @Test
    void memoryPerSession() throws Exception {
        warmUp();
        LoadServer.expireAllSessions(context);
        LoadReport report = new LoadReport("Heap per open UI session (after GC)");
        report.line("| Sessions | tool | heap with them MB | heap after they expired MB | KB per session |");
        report.line("|---:|---|---:|---:|---:|");
        long base = heapAfterGc();
        report.line(String.format(Locale.ROOT, "| 0 | - | %d | - | - |", base >> 20));
        for (UserScript script : LoadServer.ALL_TOOLS) {
            measure(report, List.of(script), 100);
        }
        measure(report, LoadServer.ALL_TOOLS, 100);
        measure(report, LoadServer.ALL_TOOLS, 500);
        report.write("memory");
    }

    /** Opens n UIs, GC, heap; then closes their sockets and expires their sessions, GC, heap: the difference is theirs. */
    private void measure(LoadReport report, List<UserScript> scripts, int n) throws Exception {
        LoadStats stats = new LoadStats();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<UidlClient> clients = new ArrayList<>();
        try (ExecutorService pool = LoadRun.virtualThreads()) {
            List<Future<UidlClient>> opened = new ArrayList<>();
            java.util.concurrent.Semaphore parallel = new java.util.concurrent.Semaphore(8);
            for (int i = 0; i < n; i++) {
                UserScript script = scripts.get(i % scripts.size());
                String user = script.tool() + "-" + (1000 + i) + "@load.test";
                opened.add(pool.submit(() -> {
                    parallel.acquire();
                    try {
                        UidlClient client = new UidlClient(http, base(), user, script.tool(), stats);
                        client.open(script.route(), script.query());
                        return client;
                    } finally {
                        parallel.release();
                    }
                }));
            }
            for (Future<UidlClient> f : opened) {
                clients.add(f.get());
            }
        }
        for (UidlClient client : clients) {
            client.heartbeat();
        }
        long with = heapAfterGc();
        int sessions = LoadServer.openSessions(context);
        clients.forEach(UidlClient::close);
        LoadServer.expireAllSessions(context);
        Thread.sleep(2000);
        long without = heapAfterGc();
        String tool = scripts.size() == 1 ? scripts.getFirst().tool() : "mix of 4";
        report.line(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.0f |", n, tool, with >> 20, without >> 20,
                (with - without) / 1024.0 / n) + (stats.errorCount() == 0 ? "" : " errors: " + stats.errors()));
        report.write("memory");
        assertThat(stats.errors()).isEmpty();
        assertThat(sessions).isGreaterThanOrEqualTo(n);
        assertThat(clients).hasSize(n); // the clients' own objects stay referenced through both measurements
    }

    private void warmUp() throws Exception {
        new LoadRun(new LoadRun.Settings(base(), 8, Duration.ofSeconds(20), Duration.ZERO, new UserScript.Think(100, 300),
                Duration.ofSeconds(300), LoadServer.ALL_TOOLS), () -> 0).execute();
        LoadServer.expireAllSessions(context);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
