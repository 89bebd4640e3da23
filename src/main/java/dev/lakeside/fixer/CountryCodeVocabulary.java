package dev.lakeside.fixer;

import dev.lakeside.editor.Vocabulary;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes from the JDK's locale data, and what the Supplier Fixer knows
 * about the ways people mistype them: "pl " (spacing, case), "POL" (alpha-3), "Poland" or
 * "Polen" (names in several languages), "Plnd" (abbreviations) and small typos.
 */
@Component
class CountryCodeVocabulary implements Vocabulary {

    static final String NAME = "iso-country-codes";
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final List<Locale> NAME_LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.ITALIAN, Locale.of("es"), Locale.of("pl"), Locale.of("nl"), Locale.of("pt"), Locale.of("cs"),
            Locale.of("sv"), Locale.of("da"));

    /** Simplified spelling (lower case, letters only, no accents) to code. */
    private final Map<String, String> spellings = new HashMap<>();

    CountryCodeVocabulary() {
        for (String code : CODES) {
            Locale country = Locale.of("", code);
            spellings.put(simplify(code), code);
            try {
                spellings.putIfAbsent(simplify(country.getISO3Country()), code);
            } catch (MissingResourceException noAlpha3) {
                // A few reserved codes have no alpha-3 form; their alpha-2 code is enough.
            }
            for (Locale language : NAME_LANGUAGES) {
                spellings.putIfAbsent(simplify(country.getDisplayCountry(language)), code);
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> allowedValues() {
        return CODES;
    }

    @Override
    public String normalize(String typed) {
        return typed == null ? null : typed.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public Optional<String> suggest(String invalid) {
        String simple = simplify(invalid == null ? "" : invalid);
        if (simple.length() < 2) {
            return Optional.empty();
        }
        String exact = spellings.get(simple);
        if (exact != null) {
            return Optional.of(exact);
        }
        return FuzzyMatch.best(simple, spellings);
    }

    @Override
    public String describe(String value) {
        return value != null && CODES.contains(value) ? value + " (" + Locale.of("", value).getDisplayCountry(Locale.ENGLISH) + ")" : value;
    }

    static String simplify(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
