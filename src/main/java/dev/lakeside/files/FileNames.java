package dev.lakeside.files;

/**
 * What a stored file may be called: one plain name, never a path. Refused: separators, {@code ..},
 * control characters, characters that Windows or the Files API treat specially, leading dots
 * (hidden files) and trailing dots or spaces. So a name can never leave the volume folder.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final String FORBIDDEN = "/\\:*?\"<>|";

    private FileNames() {
    }

    /** Returns {@code name} if it is acceptable; throws {@link FileRefused} saying why not. */
    static String requireValid(String name) {
        if (name == null || name.isBlank()) {
            throw new FileRefused("A file needs a name.");
        }
        if (name.length() > MAX_LENGTH) {
            throw new FileRefused("File names have at most " + MAX_LENGTH + " characters.");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0) {
                throw new FileRefused("File names cannot contain " + c + " (a name, not a path, please).");
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || c == '\u2028' || c == '\u2029') {
                throw new FileRefused("File names cannot contain control characters.");
            }
        }
        if (name.contains("..")) {
            throw new FileRefused("File names cannot contain \"..\".");
        }
        if (name.startsWith(".") || name.endsWith(".") || name.endsWith(" ") || name.startsWith(" ")) {
            throw new FileRefused("File names cannot start with a dot or space, or end with one.");
        }
        return name;
    }

    /** The extension in lower case, without the dot, or "" when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
