package dev.lakeside.annotate;

import java.util.regex.Pattern;

/**
 * A label an annotator can pick, and the key that picks it.
 *
 * @param name the label as written to the output table
 * @param key  a single character: a digit or a letter other than S (which skips)
 */
record LabelOption(String name, String key) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9 _-]{1,40}");
    private static final Pattern KEY = Pattern.compile("[0-9A-RT-Za-rt-z]");

    LabelOption {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A label must be 1-40 letters, digits, spaces, '_' or '-': " + name);
        }
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A label key must be one digit or letter other than S: " + key);
        }
        key = key.toLowerCase(java.util.Locale.ROOT);
    }
}
