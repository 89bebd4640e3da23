package dev.lakeside.warehouse;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gives a Spring test context an embedded warehouse file of its own: a fresh temporary folder as
 * {@code lakeside.warehouse.data-dir}, deleted when the JVM exits. Call it from a
 * {@code @DynamicPropertySource} method, which Spring runs once per context.
 */
public final class TemporaryDataDir {

    private TemporaryDataDir() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        Path dir = create();
        registry.add("lakeside.warehouse.data-dir", dir::toString);
    }

    private static Path create() {
        try {
            Path dir = Files.createTempDirectory("lakeside-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
