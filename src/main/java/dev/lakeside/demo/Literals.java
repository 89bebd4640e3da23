package dev.lakeside.demo;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * SQL list literals of the generator's own word lists, and picks from them by a uniform number.
 * Only constants written in this package pass through here, never user input; the quoting still
 * doubles apostrophes so a word list can hold a name such as O'Neill.
 */
final class Literals {

    private Literals() {
    }

    static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** {@code ['a', 'b', ...]} */
    static String strings(List<String> values) {
        return list(values, Literals::string);
    }

    /** A list literal of already formatted SQL expressions (numbers, structs). */
    static <T> String list(List<T> values, Function<T, String> format) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        values.forEach(value -> list.add(format.apply(value)));
        return list.toString();
    }

    /** An element of {@code listLiteral} chosen evenly by the uniform number {@code u}. */
    static String pick(String listLiteral, int size, String u) {
        return listLiteral + "[1 + floor((" + u + ") * " + size + ")::BIGINT]";
    }

    /** A string chosen evenly from {@code values} by the uniform number {@code u}. */
    static String pick(List<String> values, String u) {
        return pick(strings(values), values.size(), u);
    }

    /**
     * A 1-based position into {@code weights} chosen by {@code u}, each position as often as its
     * weight: a list literal repeating position k weight(k) times, so a pick is one list lookup.
     */
    static String weightedIndex(List<Integer> weights, String u) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        int total = 0;
        for (int k = 0; k < weights.size(); k++) {
            for (int n = 0; n < weights.get(k); n++) {
                list.add(Integer.toString(k + 1));
            }
            total += weights.get(k);
        }
        return pick(list.toString(), total, u);
    }

    /** One of {@code values} chosen by {@code u} in proportion to the weight at the same position. */
    static String weighted(List<String> values, List<Integer> weights, String u) {
        return strings(values) + "[" + weightedIndex(weights, u) + "]";
    }

    /**
     * Replaces each {@code ${name}} in a SQL template with the SQL text that follows the name in
     * {@code namesAndSql}, so a long generator statement can be read as SQL from top to bottom.
     */
    static String fill(String template, String... namesAndSql) {
        String sql = template;
        for (int k = 0; k + 1 < namesAndSql.length; k += 2) {
            sql = sql.replace("${" + namesAndSql[k] + "}", namesAndSql[k + 1]);
        }
        if (sql.contains("${")) {
            throw new IllegalArgumentException("Unfilled placeholder in: " + sql);
        }
        return sql;
    }
}
