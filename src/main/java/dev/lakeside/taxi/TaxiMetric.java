package dev.lakeside.taxi;

import dev.lakeside.chart.NumberStyle;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a density cell is coloured by. This enum is the allow-list: the REST parameter and the
 * view's selector can name only these, and only these columns reach the SQL.
 */
enum TaxiMetric {
    PICKUPS("pickups", null, "Pickups", NumberStyle.plain(0)),
    FARE("fare", "fare_amount", "Average fare", NumberStyle.currency("USD", 2)),
    TIP("tip", "tip_amount", "Average tip", NumberStyle.currency("USD", 2)),
    DISTANCE("distance", "trip_distance_mi", "Average distance (mi)", NumberStyle.plain(2));

    private final String parameter;
    private final String column;
    private final String label;
    private final NumberStyle style;

    TaxiMetric(String parameter, String column, String label, NumberStyle style) {
        this.parameter = parameter;
        this.column = column;
        this.label = label;
        this.style = style;
    }

    /** The name used in URLs and JSON, such as {@code fare}. */
    String parameter() {
        return parameter;
    }

    /** The averaged column of {@code taxi_trips}, or null for the pickup count. */
    String column() {
        return column;
    }

    String label() {
        return label;
    }

    NumberStyle style() {
        return style;
    }

    /** The metric a URL parameter names; refuses anything not in the list. */
    static TaxiMetric fromParameter(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.parameter.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown metric '" + name + "'. Use one of: "
                        + Arrays.stream(values()).map(TaxiMetric::parameter).collect(Collectors.joining(", "))));
    }
}
