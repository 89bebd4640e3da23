package dev.lakeside.sales;

import dev.lakeside.chart.DateStyle;

/** The width of one point of the revenue-over-time chart. */
enum TimeBucket {
    DAY("day", DateStyle.DAY),
    WEEK("week", DateStyle.DAY),
    MONTH("month", DateStyle.MONTH);

    private final String sqlUnit;
    private final DateStyle dateStyle;

    TimeBucket(String sqlUnit, DateStyle dateStyle) {
        this.sqlUnit = sqlUnit;
        this.dateStyle = dateStyle;
    }

    /** The {@code date_trunc} unit; fixed text, never user input. */
    String sqlUnit() {
        return sqlUnit;
    }

    DateStyle dateStyle() {
        return dateStyle;
    }

    String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
