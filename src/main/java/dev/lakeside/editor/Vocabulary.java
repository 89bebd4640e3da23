package dev.lakeside.editor;

import java.util.Optional;
import java.util.Set;

/**
 * A named set of allowed values with Java-side knowledge a configuration cannot express: how a
 * typed value is normalised and what an invalid value most likely meant. Beans of this type are
 * referenced from a column rule as {@code vocabulary: <name>}.
 */
public interface Vocabulary {

    /** The name rules refer to, e.g. {@code iso-country-codes}. */
    String name();

    Set<String> allowedValues();

    /** What a person most likely meant by the typed text, before validation. */
    default String normalize(String typed) {
        return typed;
    }

    /** The allowed value an invalid one most likely stands for, if any is likely enough. */
    Optional<String> suggest(String invalid);

    /** A short human description of a valid value, e.g. "PL (Poland)". */
    default String describe(String value) {
        return value;
    }
}
