package dev.lakeside.chart;

/** How dates on a time axis are written, from the finest to the coarsest. */
public enum DateStyle {
    DATE_TIME("{yyyy}-{MM}-{dd} {HH}:{mm}", "%Y-%m-%d %H:%M"),
    TIME("{HH}:{mm}:{ss}", "%H:%M:%S"),
    DAY("{d} {MMM}", "%e %b"),
    MONTH("{MMM} {yyyy}", "%b %Y"),
    YEAR("{yyyy}", "%Y");

    private final String echartsTemplate;
    private final String highchartsPattern;

    DateStyle(String echartsTemplate, String highchartsPattern) {
        this.echartsTemplate = echartsTemplate;
        this.highchartsPattern = highchartsPattern;
    }

    /** The ECharts time formatter template, such as {@code {MMM} {yyyy}}. */
    public String echartsTemplate() {
        return echartsTemplate;
    }

    /** The strftime-like pattern Highcharts (and so Vaadin Charts) uses, such as {@code %b %Y}. */
    public String highchartsPattern() {
        return highchartsPattern;
    }
}
