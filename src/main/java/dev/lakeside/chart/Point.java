package dev.lakeside.chart;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One data point. Line, area, bar and pie points have a category, date or number {@code x} and a
 * numeric {@code y}; scatter points have numeric {@code x} and {@code y} and optionally a
 * {@code value}; heatmap cells have category {@code x} and {@code y} and a {@code value}.
 *
 * @param x     a String, Number, LocalDate or LocalDateTime
 * @param y     a Number, or a String for heatmap rows; null for a gap
 * @param value the third dimension (cell colour, point size), or null
 */
public record Point(Object x, Object y, Number value) {

    public Point {
        requireSupported(x, "x");
        requireSupported(y, "y");
    }

    public static Point of(Object x, Number y) {
        return new Point(x, y, null);
    }

    public static Point cell(Object x, Object y, Number value) {
        return new Point(x, y, value);
    }

    private static void requireSupported(Object v, String name) {
        if (v != null && !(v instanceof String || v instanceof Number || v instanceof LocalDate
                || v instanceof LocalDateTime)) {
            throw new IllegalArgumentException("A point's " + name + " must be a String, Number, LocalDate or "
                    + "LocalDateTime, but got " + v.getClass().getName());
        }
    }
}
