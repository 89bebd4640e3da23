package dev.lakeside.chart;

import java.util.List;

/**
 * One axis of a chart.
 *
 * @param name        the axis title, or null
 * @param type        categories, numbers or dates
 * @param categories  the categories in order, for a category axis; empty to take them from the data
 * @param numberStyle how a value axis's numbers are written (and the tooltip's values when it is the y axis)
 * @param dateStyle   how a time axis's dates are written
 * @param min         the lower end of a value axis, or null to fit the data
 * @param max         the upper end of a value axis, or null to fit the data
 */
public record Axis(String name, Type type, List<String> categories, NumberStyle numberStyle, DateStyle dateStyle,
                   Double min, Double max) {

    public enum Type { CATEGORY, VALUE, TIME }

    public Axis {
        categories = categories == null ? List.of() : List.copyOf(categories);
        if (!categories.isEmpty() && type != Type.CATEGORY) {
            throw new IllegalArgumentException("Only a category axis has categories");
        }
    }

    public static Axis category(String name) {
        return new Axis(name, Type.CATEGORY, List.of(), null, null, null, null);
    }

    public static Axis value(String name, NumberStyle style) {
        return new Axis(name, Type.VALUE, List.of(), style, null, null, null);
    }

    public static Axis time(String name, DateStyle style) {
        return new Axis(name, Type.TIME, List.of(), null, style, null, null);
    }

    public Axis withCategories(List<String> categories) {
        return new Axis(name, Type.CATEGORY, categories, numberStyle, dateStyle, min, max);
    }

    public Axis withRange(Double min, Double max) {
        return new Axis(name, type, categories, numberStyle, dateStyle, min, max);
    }
}
