package dev.lakeside.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds an item's image in the task's image folder (embedded mode). A path that would leave
 * the folder, such as {@code ../../etc/passwd}, finds nothing.
 */
final class ItemImages {

    private ItemImages() {
    }

    static Optional<Path> resolve(Path folder, String imagePath) {
        if (folder == null || imagePath == null || imagePath.isBlank()) {
            return Optional.empty();
        }
        Path root = folder.toAbsolutePath().normalize();
        Path file = root.resolve(imagePath.replace('\\', '/').replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
