package dev.lakeside.warehouse;

import java.util.regex.Pattern;

/** The one rule for names that may appear in SQL text: letters, digits and underscores. */
public final class Identifiers {

    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

    private Identifiers() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** Returns the name if it is a plain identifier, otherwise refuses it. */
    public static String requireValid(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("Not an allowed SQL identifier: " + name);
        }
        return name;
    }
}
