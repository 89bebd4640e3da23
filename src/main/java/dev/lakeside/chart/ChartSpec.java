package dev.lakeside.chart;

import java.util.List;
import java.util.Objects;

/**
 * An immutable description of a chart, written in Java and drawn by a renderer ({@link EChart} with
 * Apache ECharts by default). Start with {@link #of(ChartType)} and refine with the {@code with}
 * methods, each of which returns a new spec:
 * <pre>{@code
 * ChartSpec.of(ChartType.LINE).withTitle("Revenue per day")
 *         .withXAxis(Axis.time("Day", DateStyle.DAY))
 *         .withYAxis(Axis.value("Revenue", NumberStyle.currency("USD", 0)))
 *         .withSeries(Series.of("Revenue", points));
 * }</pre>
 *
 * @param type       the kind of chart
 * @param title      shown above the chart, or null
 * @param xAxis      the horizontal axis (the category axis of a horizontal bar chart too); ignored by pie
 * @param yAxis      the vertical axis (the value axis of a horizontal bar chart too); ignored by pie
 * @param series     the data
 * @param legend     where the series names are listed
 * @param tooltip    whether hovering shows values
 * @param colorScale how point values become colours (required for a heatmap), or null
 * @param horizontal bars run left to right instead of bottom to top (bar charts only)
 */
public record ChartSpec(ChartType type, String title, Axis xAxis, Axis yAxis, List<Series> series, Legend legend,
                        boolean tooltip, ColorScale colorScale, boolean horizontal) {

    /** Where the legend goes. */
    public enum Legend { NONE, TOP, BOTTOM, RIGHT }

    public ChartSpec {
        Objects.requireNonNull(type, "type");
        series = List.copyOf(series);
        legend = legend == null ? Legend.NONE : legend;
        xAxis = xAxis == null ? Axis.category(null) : xAxis;
        yAxis = yAxis == null ? type == ChartType.HEATMAP ? Axis.category(null) : Axis.value(null, null) : yAxis;
        if (type == ChartType.HEATMAP && (xAxis.type() != Axis.Type.CATEGORY || yAxis.type() != Axis.Type.CATEGORY)) {
            throw new IllegalArgumentException("A heatmap needs category axes on both sides");
        }
        if (horizontal && type != ChartType.BAR && type != ChartType.STACKED_BAR) {
            throw new IllegalArgumentException("Only bar charts can be horizontal");
        }
    }

    /**
     * An empty chart of the given type with a tooltip, a top legend and default axes: categories
     * along x and values up y (categories on both for a heatmap).
     */
    public static ChartSpec of(ChartType type) {
        return new ChartSpec(type, null, null, null, List.of(), Legend.TOP, true, null, false);
    }

    public ChartSpec withTitle(String title) {
        return new ChartSpec(type, title, xAxis, yAxis, series, legend, tooltip, colorScale, horizontal);
    }

    public ChartSpec withXAxis(Axis xAxis) {
        return new ChartSpec(type, title, xAxis, yAxis, series, legend, tooltip, colorScale, horizontal);
    }

    public ChartSpec withYAxis(Axis yAxis) {
        return new ChartSpec(type, title, xAxis, yAxis, series, legend, tooltip, colorScale, horizontal);
    }

    public ChartSpec withSeries(List<Series> series) {
        return new ChartSpec(type, title, xAxis, yAxis, series, legend, tooltip, colorScale, horizontal);
    }

    public ChartSpec withSeries(Series... series) {
        return withSeries(List.of(series));
    }

    public ChartSpec withLegend(Legend legend) {
        return new ChartSpec(type, title, xAxis, yAxis, series, legend, tooltip, colorScale, horizontal);
    }

    public ChartSpec withTooltip(boolean tooltip) {
        return new ChartSpec(type, title, xAxis, yAxis, series, legend, tooltip, colorScale, horizontal);
    }

    public ChartSpec withColorScale(ColorScale colorScale) {
        return new ChartSpec(type, title, xAxis, yAxis, series, legend, tooltip, colorScale, horizontal);
    }

    public ChartSpec withHorizontal(boolean horizontal) {
        return new ChartSpec(type, title, xAxis, yAxis, series, legend, tooltip, colorScale, horizontal);
    }
}
