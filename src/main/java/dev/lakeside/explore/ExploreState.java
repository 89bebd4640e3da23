package dev.lakeside.explore;

import dev.lakeside.chart.ChartType;
import dev.lakeside.warehouse.Identifiers;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.TableName;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything a table explorer view shows, as it travels in the URL so that a view can be shared
 * as a link: {@code ?table=gold.sales&contains.product=lap&from.amount=10&in.region=North
 * &sort=-amount&group=region&measure=sum.amount&chart=bar}. Filters are kept one per column,
 * sorted by column, so equal views have equal URLs.
 *
 * @param table    the table explored, or null before one is chosen
 * @param filters  at most one per column
 * @param sorts    grid sort order
 * @param groupBy  dimensions of the group-by
 * @param measures aggregates of the group-by; grouping runs when there is at least one
 * @param chart    how the group-by result is drawn
 */
public record ExploreState(TableName table, List<ColumnFilter> filters, List<Sort> sorts, List<String> groupBy,
                           List<Measure> measures, ChartType chart) {

    public ExploreState {
        Map<String, ColumnFilter> byColumn = new TreeMap<>();
        filters.forEach(f -> byColumn.put(f.column(), f));
        filters = List.copyOf(byColumn.values());
        sorts = List.copyOf(sorts);
        sorts.forEach(s -> Identifiers.requireValid(s.column()));
        groupBy = List.copyOf(groupBy);
        groupBy.forEach(Identifiers::requireValid);
        measures = List.copyOf(measures);
        chart = chart == null ? ChartType.BAR : chart;
    }

    public static ExploreState of(TableName table) {
        return new ExploreState(table, List.of(), List.of(), List.of(), List.of(), ChartType.BAR);
    }

    public ExploreState withFilter(ColumnFilter filter) {
        List<ColumnFilter> next = new ArrayList<>(filters);
        next.add(filter);
        return new ExploreState(table, next, sorts, groupBy, measures, chart);
    }

    public ExploreState withoutFilter(String column) {
        return new ExploreState(table, filters.stream().filter(f -> !f.column().equals(column)).toList(),
                sorts, groupBy, measures, chart);
    }

    public ExploreState withSorts(List<Sort> sorts) {
        return new ExploreState(table, filters, sorts, groupBy, measures, chart);
    }

    public ExploreState withGrouping(List<String> groupBy, List<Measure> measures, ChartType chart) {
        return new ExploreState(table, filters, sorts, groupBy, measures, chart);
    }

    public boolean grouped() {
        return !measures.isEmpty();
    }

    /** The URL query parameters, in a fixed order. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (table != null) {
            parameters.put("table", List.of(table.toString()));
        }
        for (ColumnFilter filter : filters) {
            switch (filter) {
                case ColumnFilter.Contains c -> parameters.put("contains." + c.column(), List.of(c.text()));
                case ColumnFilter.Range r -> {
                    if (r.from() != null) {
                        parameters.put("from." + r.column(), List.of(r.from()));
                    }
                    if (r.to() != null) {
                        parameters.put("to." + r.column(), List.of(r.to()));
                    }
                }
                case ColumnFilter.AnyOf a -> parameters.put("in." + a.column(), a.values());
            }
        }
        put(parameters, "sort", sorts.stream().map(s -> (s.ascending() ? "" : "-") + s.column()).toList());
        put(parameters, "group", groupBy);
        put(parameters, "measure", measures.stream().map(Measure::token).toList());
        if (chart != ChartType.BAR) {
            parameters.put("chart", List.of(chart.name().toLowerCase(Locale.ROOT)));
        }
        return parameters;
    }

    /** The query string of {@link #toParameters()}, URL-encoded, without the leading {@code ?}. */
    public String toQueryString() {
        return toParameters().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
    }

    /**
     * Reads the URL query parameters. Anything malformed (an unknown key, a bad name) is refused
     * with an {@link IllegalArgumentException} naming it, so a broken link says what is wrong.
     */
    public static ExploreState parse(Map<String, List<String>> parameters) {
        TableName table = null;
        List<ColumnFilter> filters = new ArrayList<>();
        Map<String, String[]> ranges = new TreeMap<>();
        List<Sort> sorts = List.of();
        List<String> groupBy = List.of();
        List<Measure> measures = List.of();
        ChartType chart = null;
        for (Map.Entry<String, List<String>> entry : parameters.entrySet()) {
            String key = entry.getKey();
            List<String> values = entry.getValue();
            String first = values.isEmpty() ? "" : values.getFirst();
            int dot = key.indexOf('.');
            String prefix = dot < 0 ? key : key.substring(0, dot);
            String column = dot < 0 ? null : key.substring(dot + 1);
            switch (prefix) {
                case "table" -> table = TableName.parse(first);
                case "contains" -> filters.add(new ColumnFilter.Contains(column, first));
                case "in" -> filters.add(new ColumnFilter.AnyOf(column, values));
                case "from" -> ranges.computeIfAbsent(Identifiers.requireValid(column), c -> new String[2])[0] = first;
                case "to" -> ranges.computeIfAbsent(Identifiers.requireValid(column), c -> new String[2])[1] = first;
                case "sort" -> sorts = values.stream().map(ExploreState::parseSort).toList();
                case "group" -> groupBy = values;
                case "measure" -> measures = values.stream().map(Measure::parse).toList();
                case "chart" -> chart = chartType(first);
                default -> throw new IllegalArgumentException("Unknown parameter in the link: " + key);
            }
        }
        ranges.forEach((column, range) -> filters.add(new ColumnFilter.Range(column, range[0], range[1])));
        filters.sort(Comparator.comparing(ColumnFilter::column));
        return new ExploreState(table, filters, sorts, groupBy, measures, chart);
    }

    private static ChartType chartType(String name) {
        return java.util.Arrays.stream(ChartType.values()).filter(t -> t.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown chart in the link: \"" + shorten(name) + "\""));
    }

    /** A value from a link as a message may quote it: at most 40 characters, so a pasted megabyte is not echoed. */
    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static Sort parseSort(String token) {
        return token.startsWith("-") ? Sort.desc(token.substring(1)) : Sort.asc(token);
    }

    private static void put(Map<String, List<String>> parameters, String key, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(key, values);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
