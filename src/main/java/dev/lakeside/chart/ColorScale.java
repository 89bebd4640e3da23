package dev.lakeside.chart;

import java.util.List;

/**
 * Maps a point's {@code value} to a colour: the cells of a heatmap, or scatter points.
 *
 * @param label  what the value is, shown beside the scale
 * @param min    the value of the first colour, or null for the smallest value in the data
 * @param max    the value of the last colour, or null for the largest value in the data
 * @param colors CSS colours from low to high; empty for a default blue-to-red ramp
 * @param style  how the scale's numbers are written
 */
public record ColorScale(String label, Double min, Double max, List<String> colors, NumberStyle style) {

    static final List<String> DEFAULT_COLORS = List.of("#313695", "#4575b4", "#74add1", "#abd9e9", "#fee090",
            "#fdae61", "#f46d43", "#d73027", "#a50026");

    public ColorScale {
        colors = colors == null || colors.isEmpty() ? DEFAULT_COLORS : List.copyOf(colors);
        style = style == null ? NumberStyle.plain(0) : style;
    }

    public static ColorScale of(String label, NumberStyle style) {
        return new ColorScale(label, null, null, List.of(), style);
    }

    public ColorScale withRange(Double min, Double max) {
        return new ColorScale(label, min, max, colors, style);
    }
}
