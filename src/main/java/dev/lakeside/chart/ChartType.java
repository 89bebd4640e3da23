package dev.lakeside.chart;

/** The kinds of chart a {@link ChartSpec} can describe. */
public enum ChartType {
    /** Lines over a category, time or value x axis. */
    LINE,
    /** Lines with the area below filled; series stack on each other. */
    AREA,
    /** Bars side by side per category. */
    BAR,
    /** Bars of every series stacked per category. */
    STACKED_BAR,
    /** Points with numeric x and y; a point's value may size it. */
    SCATTER,
    /** Slices of one series: x is the slice name, y its value. */
    PIE,
    /** A grid of cells: x and y are categories, value is coloured by the {@link ColorScale}. */
    HEATMAP;

    /** Whether the chart has x and y axes (all but pie). */
    public boolean hasAxes() {
        return this != PIE;
    }

    /** Whether the tooltip should show every series at the pointed x (axis) rather than one item. */
    boolean tooltipPerAxis() {
        return this == LINE || this == AREA || this == BAR || this == STACKED_BAR;
    }
}
