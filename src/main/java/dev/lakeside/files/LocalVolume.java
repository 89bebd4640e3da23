package dev.lakeside.files;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** The volume as a local folder (embedded mode). Writes go to a hidden temporary file first, then move into place. */
@Component
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "embedded", matchIfMissing = true)
final class LocalVolume implements VolumeStore {

    private final Path folder;

    LocalVolume(FilesProperties properties) {
        this.folder = properties.localFolder().toAbsolutePath().normalize();
    }

    @Override
    public String label() {
        return "Local";
    }

    @Override
    public String location() {
        return folder.toString();
    }

    @Override
    public List<StoredFile> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(LocalVolume::describe).sorted(Comparator.comparing(StoredFile::name)).toList();
        }
    }

    @Override
    public void write(String name, InputStream contents, long size) throws IOException {
        Path target = resolve(name);
        Files.createDirectories(folder);
        Path partial = folder.resolve("." + UUID.randomUUID() + ".partial");
        try {
            Files.copy(contents, partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        return Files.newInputStream(resolve(name));
    }

    @Override
    public void delete(String name) throws IOException {
        if (!Files.deleteIfExists(resolve(name))) {
            throw new NoSuchFileException(name);
        }
    }

    /** Belt and braces after {@link FileNames}: the path must stay directly inside the folder. */
    private Path resolve(String name) {
        Path file = folder.resolve(FileNames.requireValid(name)).normalize();
        if (!folder.equals(file.getParent())) {
            throw new FileRefused("That name would leave the volume folder.");
        }
        return file;
    }

    private static StoredFile describe(Path file) {
        try {
            return new StoredFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
