package dev.lakeside.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How dates on a time axis are written. Ticks at a coarser boundary (a new month, a new year)
 * are written at that level, so a day axis reads {@code Aug 8 15 22 Sep 8 ...}.
 */
public enum DateStyle {
    DATE_TIME("%Y-%m-%d %H:%M", "{d} {MMM}", "{HH}:{mm}"),
    TIME("%H:%M:%S", "{HH}:{mm}", "{HH}:{mm}:{ss}"),
    DAY("%e %b", "{d}", null),
    MONTH("%b %Y", null, null),
    YEAR("%Y", null, null);

    private final String highchartsPattern;
    private final String dayTemplate;
    private final String timeTemplate;

    DateStyle(String highchartsPattern, String dayTemplate, String timeTemplate) {
        this.highchartsPattern = highchartsPattern;
        this.dayTemplate = dayTemplate;
        this.timeTemplate = timeTemplate;
    }

    /**
     * The ECharts time-axis formatter: a template per tick level ({@code year}, {@code month},
     * {@code day}, {@code hour}, {@code minute}, {@code second}).
     */
    public Map<String, String> echartsTemplates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("year", "{yyyy}");
        if (this != YEAR) {
            templates.put("month", "{MMM}");
        }
        if (dayTemplate != null) {
            templates.put("day", dayTemplate);
        }
        if (timeTemplate != null) {
            templates.put("hour", timeTemplate);
            templates.put("minute", timeTemplate);
            templates.put("second", timeTemplate);
        }
        return templates;
    }

    /** The strftime-like pattern Highcharts (and so Vaadin Charts) uses, such as {@code %b %Y}. */
    public String highchartsPattern() {
        return highchartsPattern;
    }
}
