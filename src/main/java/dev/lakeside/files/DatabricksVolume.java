package dev.lakeside.files;

import com.databricks.sdk.service.files.DirectoryEntry;
import com.databricks.sdk.service.files.ListDirectoryContentsRequest;
import com.databricks.sdk.service.files.UploadRequest;
import dev.lakeside.databricks.WorkspaceClients;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Unity Catalog volume through the Files API ({@code /api/2.0/fs/files}, {@code /api/2.0/fs/directories})
 * as the caller: in identity mode user with the signed-in user's token (scope {@code files.files}), so
 * Unity Catalog's volume permissions apply to each person; otherwise as the app's service principal.
 */
@Component
@ConditionalOnProperty(name = "lakeside.warehouse.mode", havingValue = "databricks")
final class DatabricksVolume implements VolumeStore {

    private final WorkspaceClients clients;
    private final String volumePath;

    DatabricksVolume(WorkspaceClients clients, FilesProperties properties) {
        this.clients = clients;
        this.volumePath = requireVolumePath(properties.volumePath());
    }

    @Override
    public String label() {
        return "Databricks";
    }

    @Override
    public String location() {
        return volumePath;
    }

    @Override
    public List<StoredFile> list() {
        return clients.asCaller(w -> {
            List<StoredFile> files = new ArrayList<>();
            for (DirectoryEntry entry : w.files().listDirectoryContents(
                    new ListDirectoryContentsRequest().setDirectoryPath(volumePath))) {
                if (!Boolean.TRUE.equals(entry.getIsDirectory())) {
                    files.add(new StoredFile(entry.getName(), entry.getFileSize() == null ? 0 : entry.getFileSize(),
                            entry.getLastModified() == null ? null : Instant.ofEpochMilli(entry.getLastModified())));
                }
            }
            files.sort(Comparator.comparing(StoredFile::name));
            return files;
        });
    }

    /**
     * Replaces a file of the same name: the Files API overwrites when {@code overwrite} is unspecified,
     * so no query parameter is sent (databricks-sdk-java 0.141 decodes the encoded file path again when a
     * request has query parameters, which breaks names with a space or {@code #}). No delete first: an
     * upload that then failed would lose the file it was meant to replace.
     */
    @Override
    public void write(String name, InputStream contents, long size) {
        String path = path(name);
        clients.asCaller(w -> {
            w.files().upload(new UploadRequest().setFilePath(path).setContents(contents));
            return null;
        });
    }

    @Override
    public InputStream open(String name) {
        String path = path(name);
        return clients.asCaller(w -> w.files().download(path).getContents());
    }

    @Override
    public void delete(String name) {
        String path = path(name);
        clients.asCaller(w -> {
            w.files().delete(path);
            return null;
        });
    }

    private String path(String name) {
        return volumePath + "/" + FileNames.requireValid(name);
    }

    /** {@code /Volumes/<catalog>/<schema>/<volume>[/folder...]}, without {@code ..} or a trailing slash. */
    static String requireVolumePath(String path) {
        String trimmed = path == null ? "" : path.strip().replaceFirst("/+$", "");
        String[] parts = trimmed.split("/", -1);
        boolean valid = trimmed.startsWith("/Volumes/") && parts.length >= 5;
        for (int i = 1; valid && i < parts.length; i++) {
            valid = !parts[i].isEmpty() && !parts[i].equals("..") && !parts[i].equals(".");
        }
        if (!valid) {
            throw new IllegalArgumentException("lakeside.files.volume-path must look like /Volumes/<catalog>/<schema>/<volume>,"
                    + " but is \"" + path + "\"");
        }
        return trimmed;
    }
}
