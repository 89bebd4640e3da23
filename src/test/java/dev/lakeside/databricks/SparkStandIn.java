package dev.lakeside.databricks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real engine behind the Databricks SQL path: the {@code warehouse-standin} module (Spark SQL 4.0 with
 * Delta Lake, serving the SQL Statement Execution API on loopback) built with Maven on first use and started
 * in its own JVM, once per test run. Spark's dependencies stay out of the test class path that way.
 * Tests reach it through {@link DatabricksFake#proxySqlTo}, so OAuth and tokens are still the fake's.
 */
public final class SparkStandIn {

    private static final Path MODULE = Path.of("warehouse-standin").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static SparkStandIn shared;

    private final Path warehouseDir;
    private Process process;
    private int port;

    private SparkStandIn(Path warehouseDir) {
        this.warehouseDir = warehouseDir;
    }

    /** The engine of this test run, started on first use and stopped when the JVM exits. */
    public static synchronized SparkStandIn shared() {
        if (shared == null) {
            shared = new SparkStandIn(Path.of("target", "standin-warehouse-" + ProcessHandle.current().pid())
                    .toAbsolutePath());
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** The stand-in of this run if one was started, else null (nothing ran on it). */
    static synchronized SparkStandIn startedOrNull() {
        return shared;
    }

    /** Every statement the engine was asked to run, in order, as received. */
    public java.util.List<String> statementsReceived() {
        Path log = warehouseDir.resolveSibling(warehouseDir.getFileName() + ".statements.jsonl");
        try {
            if (!Files.exists(log)) {
                return java.util.List.of();
            }
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            java.util.List<String> statements = new java.util.ArrayList<>();
            for (String line : Files.readAllLines(log)) {
                statements.add(json.readValue(line, String.class));
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the engine at once, as a crash would: statements in flight are lost, committed tables stay. */
    public synchronized void kill() {
        process.destroyForcibly();
        waitFor(process);
    }

    /** Starts the engine again on the same tables (the Delta logs on disk). */
    public synchronized void restart() {
        if (process.isAlive()) {
            kill();
        }
        start();
    }

    private synchronized void start() {
        try {
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1500m", "-XX:+UseSerialGC",
                    "-Duser.timezone=UTC", "-Djdk.reflect.useDirectMethodHandle=false",
                    "-Dio.netty.tryReflectionSetAccessible=true"));
            for (String pkg : List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net",
                    "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
                    "sun.nio.ch", "sun.nio.cs", "sun.util.calendar")) {
                command.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
            }
            command.addAll(List.of("-cp", classPath(), "dev.lakeside.standin.StandInServer",
                    String.valueOf(port), warehouseDir.toString()));
            Files.createDirectories(warehouseDir);
            Path log = warehouseDir.resolveSibling(warehouseDir.getFileName() + ".log");
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            port = awaitReady(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int awaitReady(Process process, Path log) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Integer> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        return Integer.parseInt(line.substring(6).trim());
                    }
                }
                throw new IllegalStateException("The Spark stand-in exited before it was ready; see " + log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            int port = ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            // keep reading, so the engine never blocks on a full pipe
            Thread.ofVirtual().start(() -> out.lines().forEach(ignored -> { }));
            return port;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("The Spark stand-in did not start within " + START_TIMEOUT + "; see " + log, e);
        }
    }

    private void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(process)) {
                process.destroyForcibly();
            }
        }
    }

    private static boolean waitFor(Process process) {
        try {
            return process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The module's jar and Spark's class path, built with Maven when missing or older than the module's sources. */
    private static synchronized String classPath() throws IOException {
        Path jar = MODULE.resolve("target/warehouse-standin-1.0.jar");
        Path classPath = MODULE.resolve("target/classpath.txt");
        if (!Files.exists(classPath) || !Files.exists(jar) || newestSource().isAfter(modified(jar))) {
            build();
        }
        return jar + java.io.File.pathSeparator + Files.readString(classPath).strip();
    }

    private static void build() throws IOException {
        Path log = MODULE.resolve("target/build.log");
        Files.createDirectories(log.getParent());
        Process maven = new ProcessBuilder("mvn", "-B", "-q", "-ntp", "-f", MODULE.resolve("pom.xml").toString(), "package")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                throw new IllegalStateException("Building warehouse-standin failed; see " + log + ":\n"
                        + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building warehouse-standin", e);
        }
    }

    private static Instant newestSource() throws IOException {
        try (Stream<Path> files = Stream.concat(Stream.of(MODULE.resolve("pom.xml")), Files.walk(MODULE.resolve("src")))) {
            return files.filter(Files::isRegularFile).map(SparkStandIn::modified).max(Instant::compareTo).orElseThrow();
        }
    }

    private static Instant modified(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDK running the tests (25 under Maven toolchains); Spark runs on it with Hadoop 3.5.0 (see the module's pom). */
    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
