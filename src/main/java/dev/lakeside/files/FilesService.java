package dev.lakeside.files;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The Volume files tool's rules: which names, sizes and types are accepted (checked on the server,
 * whatever the browser did), streaming uploads through a temporary file so that nothing oversized
 * or mistyped reaches the volume, and an audit entry for every upload and delete.
 */
@Service
public class FilesService {

    /** Audit entries of files are filed under this name (there is no such table). */
    static final TableName AUDITED_AS = new TableName("lakeside_meta", "volume_files");
    private static final Logger log = LoggerFactory.getLogger(FilesService.class);
    private static final int SNIFF_BYTES = 512;

    private final FilesProperties properties;
    private final VolumeStore store;
    private final CurrentUser currentUser;
    private final Warehouse warehouse;
    private final AuditTrail audit;

    FilesService(FilesProperties properties, VolumeStore store, CurrentUser currentUser, Warehouse warehouse,
                 AuditTrail audit) {
        this.properties = properties;
        this.store = store;
        this.currentUser = currentUser;
        this.warehouse = warehouse;
        this.audit = audit;
    }

    String label() {
        return store.label();
    }

    String location() {
        return store.location();
    }

    long maxBytes() {
        return properties.maxFileSize().toBytes();
    }

    List<String> allowedTypes() {
        return properties.allowedTypes();
    }

    /** Checks name and type by extension before any byte is read; throws {@link FileRefused}. */
    FileType accept(String name) {
        String extension = FileNames.extension(FileNames.requireValid(name));
        if (!properties.allowedTypes().contains(extension)) {
            throw new FileRefused("\"" + name + "\" is not an accepted type; accepted: "
                    + String.join(", ", properties.allowedTypes()) + ".");
        }
        return FileType.ofExtension(extension);
    }

    /** Stores an upload after checking name, size and content; throws {@link FileRefused} with the reason. */
    StoredFile upload(String name, InputStream contents) throws IOException {
        FileType type = accept(name);
        Path temporary = Files.createTempFile("lakeside-upload", ".part");
        try {
            long size = copyAtMost(contents, temporary, maxBytes());
            if (size > maxBytes()) {
                throw new FileRefused("\"" + name + "\" is larger than the " + properties.maxFileSize().toMegabytes()
                        + " MB limit.");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(temporary)) {
                head = in.readNBytes(SNIFF_BYTES);
            }
            if (!type.matches(head)) {
                throw new FileRefused("The content of \"" + name + "\" does not look like " + type.name()
                        + "; files must be what their extension says.");
            }
            try (InputStream in = Files.newInputStream(temporary)) {
                store.write(name, in, size);
            }
            record(name, "uploaded " + size + " bytes", AuditEntry.Kind.INSERT);
            return new StoredFile(name, size, Instant.now());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    List<StoredFile> list() {
        try {
            return store.list();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's bytes, for a download; the caller closes the stream. */
    InputStream open(String name) throws IOException {
        return store.open(FileNames.requireValid(name));
    }

    String contentType(String name) {
        FileType type = FileType.ofExtension(FileNames.extension(name));
        return type == null ? "application/octet-stream" : type.contentType();
    }

    void delete(String name) {
        try {
            store.delete(FileNames.requireValid(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        record(name, "deleted", AuditEntry.Kind.DELETE);
    }

    /** Copies up to {@code limit + 1} bytes: one more than allowed is enough to know it is too big. */
    private static long copyAtMost(InputStream contents, Path target, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while (total <= limit && (read = contents.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
                out.write(buffer, 0, read);
                total += read;
            }
        }
        return total;
    }

    private void record(String name, String what, AuditEntry.Kind kind) {
        AuditEntry entry = new AuditEntry(currentUser.get().email(), AUDITED_AS, store.location() + "/" + name,
                "file", null, what, "files", null, kind);
        try {
            warehouse.inTransaction(tx -> {
                audit.record(tx, entry);
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not audit {} of {}", what, name, e);
        }
    }
}
