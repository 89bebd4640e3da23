package dev.lakeside.deploy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/** The built Databricks Apps source folder: its files, its application jar, copies and the measured report. */
final class AppFolder {

    private AppFolder() {
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Path appJar(Path folder) throws IOException {
        try (Stream<Path> lib = Files.list(folder.resolve("lib"))) {
            return lib.filter(f -> f.getFileName().toString().matches("lakeside-.*\\.jar")).findFirst().orElseThrow();
        }
    }

    static List<String> appJarEntries(Path folder) throws IOException {
        try (ZipFile jar = new ZipFile(appJar(folder).toFile())) {
            return jar.stream().map(java.util.zip.ZipEntry::getName).toList();
        }
    }

    static String appJarText(Path folder, String entry) throws IOException {
        try (ZipFile jar = new ZipFile(appJar(folder).toFile())) {
            return new String(jar.getInputStream(jar.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A copy, as the platform has its own copy of the uploaded files; launch.py may write into it. */
    static Path copy(Path folder, Path target) throws IOException {
        for (Path file : files(folder)) {
            Path to = target.resolve(folder.relativize(file).toString());
            Files.createDirectories(to.getParent());
            Files.copy(file, to);
        }
        return target;
    }

    static Path firstPart(Path folder) throws IOException {
        return files(folder).stream().filter(f -> f.getFileName().toString().contains(".jar.part")).min(Comparator.naturalOrder())
                .orElseThrow(() -> new AssertionError("no split jar in " + folder));
    }

    static void flipOneByte(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            int b = raf.read();
            raf.seek(raf.length() / 2);
            raf.write(b ^ 0xFF);
        }
    }

    /** Writes the figures of this run to target/apps-emulation.txt (and the test output). */
    static void report(Path folder, long readyMillis, long stopMillis) {
        try {
            List<Path> files = files(folder);
            long total = 0;
            Path largest = files.getFirst();
            for (Path f : files) {
                total += Files.size(f);
                if (Files.size(f) > Files.size(largest)) {
                    largest = f;
                }
            }
            String report = String.format("Apps emulation: %d files, %,d bytes in all; largest %s (%,d bytes); "
                            + "process start to readiness UP %,d ms; SIGTERM to exit %,d ms%n",
                    files.size(), total, folder.relativize(largest), Files.size(largest), readyMillis, stopMillis);
            System.out.print(report);
            Files.writeString(folder.resolveSibling("apps-emulation.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
