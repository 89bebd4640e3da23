package dev.lakeside.chart;

import java.util.List;

/**
 * A named series of points.
 *
 * @param name   shown in the legend and tooltip
 * @param points in drawing order
 * @param color  a CSS colour, or null for the theme's palette
 */
public record Series(String name, List<Point> points, String color) {

    public Series {
        points = List.copyOf(points);
    }

    public static Series of(String name, List<Point> points) {
        return new Series(name, points, null);
    }

    public Series withColor(String color) {
        return new Series(name, points, color);
    }
}
