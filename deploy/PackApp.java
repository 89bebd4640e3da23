import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step of the Databricks Apps source folder (run by the {@code databricks-app} Maven profile as a
 * single-file Java program): splits every jar in {@code <app>/lib} that is larger than the Apps per-file
 * limit into parts below it, and writes {@code <app>/lib/manifest.json} with the SHA-256 of every jar and
 * every part, computed here at build time. {@code launch.py} reassembles and checks them before Java starts.
 *
 * <p>Usage: {@code java deploy/PackApp.java target/databricks-app lakeside-0.1.0-SNAPSHOT.jar}
 */
public class PackApp {

    /** Databricks Apps refuses files over 10 MB; decimal megabytes, to be safe. */
    static final long FILE_LIMIT = 10_000_000L;
    /** Parts are 9 MiB (9,437,184 bytes): below the limit whichever megabyte the platform means. */
    static final int PART_SIZE = 9 * 1024 * 1024;
    static final String MAIN_CLASS = "dev.lakeside.LakesideApplication";

    record Part(String name, long size, String sha256) {
    }

    record Jar(String name, long size, String sha256, List<Part> parts) {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of(args[0]);
        String appJar = args[1];
        Path lib = app.resolve("lib");
        List<Path> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        List<Jar> entries = new ArrayList<>();
        Path first = lib.resolve(appJar);
        if (!jars.contains(first)) {
            throw new IllegalStateException("The application jar " + first + " is missing");
        }
        entries.add(pack(first));
        for (Path jar : jars) {
            if (!jar.equals(first)) {
                entries.add(pack(jar));
            }
        }
        Files.writeString(lib.resolve("manifest.json"), json(entries));
        requireAllBelowLimit(app);
        long total = entries.stream().mapToLong(Jar::size).sum();
        long split = entries.stream().filter(j -> !j.parts().isEmpty()).count();
        System.out.printf("Databricks app folder %s: %d jars, %,d bytes, %d split into parts of %,d bytes%n",
                app, entries.size(), total, split, PART_SIZE);
    }

    /** Checksums one jar; if it is over the limit, replaces it by numbered parts. */
    static Jar pack(Path jar) throws IOException {
        long size = Files.size(jar);
        String sha = sha256(jar);
        List<Part> parts = new ArrayList<>();
        if (size > FILE_LIMIT) {
            byte[] buffer = new byte[PART_SIZE];
            try (InputStream in = Files.newInputStream(jar)) {
                int index = 1;
                int read;
                while ((read = in.readNBytes(buffer, 0, PART_SIZE)) > 0) {
                    String name = jar.getFileName() + String.format(".part%02d", index++);
                    Path part = jar.resolveSibling(name);
                    try (OutputStream out = Files.newOutputStream(part)) {
                        out.write(buffer, 0, read);
                    }
                    parts.add(new Part(name, read, sha256(part)));
                }
            }
            Files.delete(jar);
        }
        return new Jar(jar.getFileName().toString(), size, sha, parts);
    }

    static void requireAllBelowLimit(Path app) throws IOException {
        try (Stream<Path> files = Files.walk(app)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.size(file) > FILE_LIMIT) {
                    throw new IllegalStateException(file + " is over the Databricks Apps limit of " + FILE_LIMIT + " bytes");
                }
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The manifest as JSON; jar names are Maven file names, so they need no escaping. */
    static String json(List<Jar> jars) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"mainClass\": \"").append(MAIN_CLASS).append("\",\n  \"fileLimit\": ").append(FILE_LIMIT)
                .append(",\n  \"jars\": [");
        for (int i = 0; i < jars.size(); i++) {
            Jar jar = jars.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"name\": \"").append(jar.name()).append("\", \"size\": ")
                    .append(jar.size()).append(", \"sha256\": \"").append(jar.sha256()).append("\", \"parts\": [");
            for (int p = 0; p < jar.parts().size(); p++) {
                Part part = jar.parts().get(p);
                out.append(p == 0 ? "\n" : ",\n").append("      {\"name\": \"").append(part.name()).append("\", \"size\": ")
                        .append(part.size()).append(", \"sha256\": \"").append(part.sha256()).append("\"}");
            }
            out.append(jar.parts().isEmpty() ? "]}" : "\n    ]}");
        }
        return out.append("\n  ]\n}\n").toString();
    }
}
