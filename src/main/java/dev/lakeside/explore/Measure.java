package dev.lakeside.explore;

import dev.lakeside.warehouse.Identifiers;

import java.util.Locale;

/**
 * One aggregate of the group-by builder, such as {@code sum(amount)}.
 *
 * @param aggregate the function
 * @param column    the aggregated column; null only for {@link Aggregate#COUNT} (rows)
 */
public record Measure(Aggregate aggregate, String column) {

    public enum Aggregate {
        SUM("Sum"), AVG("Average"), MIN("Minimum"), MAX("Maximum"), COUNT("Count"), COUNT_DISTINCT("Distinct count");

        private final String label;

        Aggregate(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Measure {
        if (column != null) {
            Identifiers.requireValid(column);
        } else if (aggregate != Aggregate.COUNT) {
            throw new IllegalArgumentException(aggregate.label() + " needs a column");
        }
    }

    /** The result column's name, e.g. {@code sum_amount} or {@code row_count}. */
    public String alias() {
        return column == null ? "row_count" : aggregate.key() + "_" + column;
    }

    /** A heading for tables and charts, e.g. "Sum of amount". */
    public String label() {
        return column == null ? "Rows" : aggregate.label() + " of " + column;
    }

    /** The URL form: {@code sum.amount}, or {@code count} for the row count. */
    String token() {
        return column == null ? aggregate.key() : aggregate.key() + "." + column;
    }

    /** Reads {@link #token()}; throws on anything else. */
    static Measure parse(String token) {
        int dot = token.indexOf('.');
        String function = dot < 0 ? token : token.substring(0, dot);
        Aggregate aggregate = java.util.Arrays.stream(Aggregate.values()).filter(a -> a.name().equalsIgnoreCase(function))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown measure in the link: \""
                        + ExploreState.shorten(function) + "\"; use one of " + java.util.Arrays.stream(Aggregate.values())
                        .map(Aggregate::key).toList()));
        return new Measure(aggregate, dot < 0 ? null : token.substring(dot + 1));
    }
}
