package dev.lakeside.files;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The content checks behind the extension allow-list: a file must look like what its name says,
 * so a renamed executable or HTML page is refused. Checked on the first bytes only.
 */
enum FileType {
    CSV("text/csv"), JSON("application/json"), TXT("text/plain"), PNG("image/png"), JPG("image/jpeg"),
    PDF("application/pdf");

    static final List<String> KNOWN = List.of("csv", "json", "txt", "png", "jpg", "jpeg", "pdf");
    private static final Map<String, FileType> BY_EXTENSION = Map.of("csv", CSV, "json", JSON, "txt", TXT,
            "png", PNG, "jpg", JPG, "jpeg", JPG, "pdf", PDF);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    private final String contentType;

    FileType(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    static boolean known(String extension) {
        return BY_EXTENSION.containsKey(extension);
    }

    static FileType ofExtension(String extension) {
        return BY_EXTENSION.get(extension);
    }

    /** Whether {@code head} (the first bytes of the file) looks like this type. */
    boolean matches(byte[] head) {
        return switch (this) {
            case PNG -> startsWith(head, PNG_MAGIC);
            case JPG -> startsWith(head, JPG_MAGIC);
            case PDF -> startsWith(head, PDF_MAGIC);
            case TXT, CSV -> isText(head);
            case JSON -> isText(head) && startsLikeJson(head);
        };
    }

    /** Text: no NUL bytes and no markup start that a browser could run as a page. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        String start = new String(head, 0, Math.min(head.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        return !start.startsWith("<!doctype") && !start.startsWith("<html") && !start.startsWith("<script")
                && !start.startsWith("<svg");
    }

    private static boolean startsLikeJson(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < head.length && (head[i] == '{' || head[i] == '[');
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
