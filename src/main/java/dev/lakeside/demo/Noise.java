package dev.lakeside.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Pseudo-random numbers written as SQL: a row source {@code (SELECT i, u_a, u_b, ...)} over
 * {@code range(n)} where each {@code u_*} is a DOUBLE in [0, 1). Every value is computed from the
 * row index, the seed and a salt with 32-bit integer arithmetic (the murmur3 finaliser), so the same
 * seed gives the same numbers on every machine, unlike DuckDB's {@code random()}.
 */
final class Noise {

    private static final long MASK = 0xFFFF_FFFFL;

    /** The murmur3 fmix32 steps; each runs in its own projection so no expression is repeated. */
    private static final List<UnaryOperator<String>> MIX_STEPS = List.of(
            x -> "xor(" + x + ", " + x + " >> 16)",
            x -> "((" + x + " * 2246822507) & " + MASK + ")",
            x -> "xor(" + x + ", " + x + " >> 13)",
            x -> "((" + x + " * 3266489909) & " + MASK + ")",
            x -> "xor(" + x + ", " + x + " >> 16)");

    private final long seed;
    private final String dataset;
    private final Map<String, String> columns = new LinkedHashMap<>();

    Noise(long seed, String dataset) {
        this.seed = seed;
        this.dataset = dataset;
    }

    /** Adds a column {@code name} that is fresh for every row. */
    Noise uniform(String name) {
        return uniform(name, "i");
    }

    /**
     * Adds a column {@code name} computed from {@code indexExpression} instead of the row index,
     * for values shared by a group of rows (for example {@code i // 20}).
     */
    Noise uniform(String name, String indexExpression) {
        columns.put(name, indexExpression);
        return this;
    }

    /** The row source for {@code count} rows, to be used as {@code FROM <rows> AS r}. */
    String rows(long count) {
        if (count < 0 || count >= (1L << 31)) {
            throw new IllegalArgumentException("Row count out of range: " + count);
        }
        String source = "SELECT range AS i FROM range(" + count + ")";
        source = project(source, (name, index) -> {
            // String.hashCode is fixed by the Java specification, so the salts are the same on every JVM.
            long stream = ((long) dataset.hashCode() << 32) | Integer.toUnsignedLong(name.hashCode());
            long salt = mix64(seed ^ mix64(stream));
            long multiplier = (salt >>> 32) | 1;
            return "(((" + index + ") * " + multiplier + " + " + (salt & MASK) + ") & " + MASK + ")::UBIGINT";
        });
        for (UnaryOperator<String> step : MIX_STEPS) {
            source = project(source, (name, index) -> step.apply(name));
        }
        return "(" + project(source, (name, index) -> name + " / 4294967296.0") + ")";
    }

    private String project(String source, BinaryOperator<String> expression) {
        StringJoiner select = new StringJoiner(", ", "SELECT i, ", " FROM (" + source + ")");
        columns.forEach((name, index) -> select.add(expression.apply(name, index) + " AS " + name));
        return select.toString();
    }

    /** splitmix64's finaliser, to turn the seed and a column name into independent salts. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
