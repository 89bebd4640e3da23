package dev.lakeside.fixer;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, from the JDK's own list. */
final class CountryCodes {

    static final Set<String> ALL = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    static boolean isValid(String code) {
        return code != null && ALL.contains(code);
    }

    /** What a person most likely meant: surrounding spaces dropped, upper case. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    /** The country's English name, or null for an invalid code. */
    static String countryName(String code) {
        return isValid(code) ? Locale.of("", code).getDisplayCountry(Locale.ENGLISH) : null;
    }
}
