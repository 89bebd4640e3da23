package dev.lakeside.editor;

import java.util.Locale;

/** Column names as people read them: {@code country_code} is "Country code". */
final class Headers {

    private Headers() {
    }

    static String of(String column) {
        String words = column.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
