package dev.lakeside.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/**
 * Runs simulated users against a Lakeside server: each user a virtual thread with its own session,
 * its tool chosen round-robin from the scripts, started evenly over the ramp-up, running rounds of its
 * tool's interactions until the end, sending Vaadin's heartbeat when due. Samples the heap and CPU
 * of this JVM meanwhile (the server's, when it runs in-process).
 */
final class LoadRun {

    /** One sample of the JVM's state during the run. */
    record Sample(long secondsIn, long heapUsedMb, long oldGenAfterGcMb, double processCpu, double systemLoad,
                  int openSessions) {
    }

    record Settings(String baseUrl, int users, Duration duration, Duration rampUp, UserScript.Think think,
                    Duration heartbeat, List<UserScript> scripts) {
    }

    private final Settings settings;
    private final IntSupplier openSessions;
    final LoadStats stats = new LoadStats();
    final List<Sample> samples = new CopyOnWriteArrayList<>();

    LoadRun(Settings settings, IntSupplier openSessions) {
        this.settings = settings;
        this.openSessions = openSessions;
    }

    LoadRun execute() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        long end = start + settings.rampUp().toNanos() + settings.duration().toNanos();
        Thread sampler = Thread.ofPlatform().daemon().start(() -> sample(start, end));
        List<Thread> users = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            UserScript script = settings.scripts().get(i % settings.scripts().size());
            long delay = settings.rampUp().toNanos() * i / Math.max(1, settings.users());
            String user = script.tool() + "-" + i + "@load.test";
            users.add(Thread.ofVirtual().name("user-" + i).start(() -> simulate(http, script, user, start + delay, end)));
        }
        for (Thread user : users) {
            user.join();
        }
        sampler.interrupt();
        sampler.join();
        return this;
    }

    private void simulate(HttpClient http, UserScript script, String user, long startAt, long end) {
        Random random = new Random(user.hashCode());
        try (UidlClient client = new UidlClient(http, settings.baseUrl(), user, script.tool(), stats)) {
            Thread.sleep(Duration.ofNanos(Math.max(0, startAt - System.nanoTime())));
            client.open(script.route(), script.query());
            long nextHeartbeat = System.nanoTime() + settings.heartbeat().toNanos();
            while (System.nanoTime() < end) {
                script.round(client, random, settings.think());
                stats.count("rounds." + script.tool());
                if (System.nanoTime() > nextHeartbeat) {
                    client.heartbeat();
                    nextHeartbeat = System.nanoTime() + settings.heartbeat().toNanos();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            stats.error(script.tool() + ".script", user + " stopped: " + e + " at "
                    + java.util.Arrays.stream(e.getStackTrace()).limit(4).toList());
        }
    }

    private void sample(long start, long end) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MemoryPoolMXBean oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getName().contains("Old Gen")).findFirst().orElse(null);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(5000);
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                long afterGc = oldGen == null || oldGen.getCollectionUsage() == null ? -1 : oldGen.getCollectionUsage().getUsed();
                samples.add(new Sample((System.nanoTime() - start) / 1_000_000_000L, used >> 20, afterGc >> 20,
                        os.getProcessCpuLoad(), os.getSystemLoadAverage(), openSessions.getAsInt()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One virtual thread per task, for tests that open many UIs at once. */
    static java.util.concurrent.ExecutorService virtualThreads() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }
}
