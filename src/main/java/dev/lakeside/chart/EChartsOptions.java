package dev.lakeside.chart;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Translates a {@link ChartSpec} into an Apache ECharts option (the JSON passed to
 * {@code chart.setOption}). Pure and server-side, so every chart can be checked without a browser.
 * <p>
 * JSON cannot hold functions, so number formats are written as {@code {"intlNumber": {...}}}: the
 * page script ({@code charts/lakeside-echarts.js}) turns each into a function that formats with
 * {@code Intl.NumberFormat} and those options.
 */
public final class EChartsOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private EChartsOptions() {
    }

    public static ObjectNode from(ChartSpec spec) {
        ObjectNode option = JSON.objectNode();
        option.put("animation", spec.series().stream().mapToInt(s -> s.points().size()).sum() < 5000);
        if (spec.title() != null) {
            option.putObject("title").put("text", spec.title()).put("left", "left");
        }
        legend(spec, option);
        if (spec.tooltip()) {
            tooltip(spec, option);
        }
        if (spec.type().hasAxes()) {
            boolean bottomName = (spec.horizontal() ? spec.yAxis() : spec.xAxis()).name() != null;
            boolean bottomExtra = spec.legend() == ChartSpec.Legend.BOTTOM;
            boolean scaleOnRight = spec.colorScale() != null || spec.type() == ChartType.HEATMAP;
            option.putObject("grid").put("containLabel", true).put("left", 16).put("right", scaleOnRight ? 110 : 40)
                    .put("top", spec.title() != null || spec.legend() == ChartSpec.Legend.TOP ? 72 : 32)
                    .put("bottom", (bottomName ? 28 : 8) + (bottomExtra ? 40 : 0));
            List<String> categories = categories(spec);
            ObjectNode x = axis(spec.xAxis(), categories, !spec.horizontal());
            ObjectNode y = axis(spec.yAxis(), spec.type() == ChartType.HEATMAP ? rowCategories(spec) : List.of(),
                    spec.horizontal());
            option.set("xAxis", spec.horizontal() ? y : x);
            option.set("yAxis", spec.horizontal() ? x : y);
            if (spec.type() == ChartType.HEATMAP) {
                ((ObjectNode) option.get("xAxis")).putObject("splitArea").put("show", true);
            }
        }
        if (spec.colorScale() != null || spec.type() == ChartType.HEATMAP) {
            option.set("visualMap", visualMap(spec));
        }
        ArrayNode series = option.putArray("series");
        List<String> categories = categories(spec);
        for (Series s : spec.series()) {
            series.add(series(spec, s, categories));
        }
        return option;
    }

    private static void legend(ChartSpec spec, ObjectNode option) {
        if (spec.legend() == ChartSpec.Legend.NONE || spec.type() == ChartType.HEATMAP) {
            return;
        }
        ObjectNode legend = option.putObject("legend").put("type", "scroll");
        switch (spec.legend()) {
            case TOP -> legend.put("top", spec.title() != null ? 28 : 0);
            case BOTTOM -> legend.put("bottom", 0);
            case RIGHT -> legend.put("right", 0).put("top", "middle").put("orient", "vertical");
            case NONE -> throw new IllegalStateException();
        }
    }

    private static void tooltip(ChartSpec spec, ObjectNode option) {
        ObjectNode tooltip = option.putObject("tooltip")
                .put("trigger", spec.type().tooltipPerAxis() ? "axis" : "item");
        NumberStyle style = spec.yAxis().numberStyle();
        if (style != null && spec.type() != ChartType.SCATTER && spec.type() != ChartType.HEATMAP) {
            tooltip.set("valueFormatter", numberFormatter(style));
        }
    }

    /** One axis; {@code horizontal} tells whether it is drawn along the bottom (name below) or upright. */
    private static ObjectNode axis(Axis axis, List<String> categories, boolean horizontal) {
        ObjectNode node = JSON.objectNode().put("type", switch (axis.type()) {
            case CATEGORY -> "category";
            case VALUE -> "value";
            case TIME -> "time";
        });
        if (axis.name() != null && horizontal) {
            node.put("name", axis.name()).put("nameLocation", "middle").put("nameGap", 28);
        } else if (axis.name() != null) {
            node.put("name", axis.name()).put("nameLocation", "end").put("nameGap", 12)
                    .putObject("nameTextStyle").put("align", "left");
        }
        if (axis.type() == Axis.Type.CATEGORY) {
            ArrayNode data = node.putArray("data");
            categories.forEach(data::add);
        }
        if (axis.min() != null) {
            node.put("min", axis.min());
        }
        if (axis.max() != null) {
            node.put("max", axis.max());
        }
        if (axis.type() == Axis.Type.VALUE) {
            node.put("scale", axis.min() == null);
        }
        if (axis.numberStyle() != null && axis.type() == Axis.Type.VALUE) {
            node.putObject("axisLabel").set("formatter", numberFormatter(axis.numberStyle()));
        }
        if (axis.dateStyle() != null && axis.type() == Axis.Type.TIME) {
            ObjectNode formatter = node.putObject("axisLabel").put("hideOverlap", true).putObject("formatter");
            axis.dateStyle().echartsTemplates().forEach(formatter::put);
        }
        return node;
    }

    private static ObjectNode visualMap(ChartSpec spec) {
        ColorScale scale = spec.colorScale() != null ? spec.colorScale() : ColorScale.of(null, null);
        List<Double> values = spec.series().stream().flatMap(s -> s.points().stream())
                .map(Point::value).filter(v -> v != null).map(Number::doubleValue).toList();
        ObjectNode map = JSON.objectNode().put("type", "continuous").put("calculable", true)
                .put("orient", "vertical").put("right", 0).put("top", "middle")
                .put("dimension", 2)
                .put("min", scale.min() != null ? scale.min() : values.stream().mapToDouble(d -> d).min().orElse(0))
                .put("max", scale.max() != null ? scale.max() : values.stream().mapToDouble(d -> d).max().orElse(1));
        if (scale.label() != null) {
            map.putArray("text").add(scale.label()).add("");
        }
        map.set("formatter", numberFormatter(scale.style()));
        ArrayNode colors = map.putObject("inRange").putArray("color");
        scale.colors().forEach(colors::add);
        return map;
    }

    private static ObjectNode series(ChartSpec spec, Series s, List<String> categories) {
        ObjectNode node = JSON.objectNode().put("name", s.name());
        switch (spec.type()) {
            case LINE -> node.put("type", "line").put("showSymbol", s.points().size() <= 60);
            case AREA -> node.put("type", "line").put("stack", "total").put("showSymbol", false)
                    .set("areaStyle", JSON.objectNode());
            case BAR -> node.put("type", "bar");
            case STACKED_BAR -> node.put("type", "bar").put("stack", "total");
            case SCATTER -> node.put("type", "scatter");
            case PIE -> node.put("type", "pie").put("radius", "65%").putArray("center").add("50%").add("55%");
            case HEATMAP -> node.put("type", "heatmap");
        }
        if (s.color() != null) {
            node.putObject("itemStyle").put("color", s.color());
        }
        ArrayNode data = node.putArray("data");
        switch (spec.type()) {
            case PIE -> s.points().forEach(p -> data.addObject().put("name", label(p.x())).set("value", number(p.y())));
            case HEATMAP -> {
                List<String> rows = rowCategories(spec);
                s.points().forEach(p -> data.addArray().add(categories.indexOf(label(p.x())))
                        .add(rows.indexOf(label(p.y()))).add(number(p.value())));
            }
            case SCATTER -> s.points().forEach(p -> {
                ArrayNode item = data.addArray().add(value(p.x())).add(value(p.y()));
                if (p.value() != null) {
                    item.add(number(p.value()));
                }
            });
            default -> {
                if (spec.xAxis().type() == Axis.Type.CATEGORY) {
                    categoryAligned(s, categories, data);
                } else {
                    s.points().forEach(p -> data.addArray().add(value(p.x())).add(value(p.y())));
                }
            }
        }
        return node;
    }

    /** One value per category, in category order, null where the series has no point. */
    private static void categoryAligned(Series s, List<String> categories, ArrayNode data) {
        List<JsonNode> values = new ArrayList<>(categories.stream().map(c -> (JsonNode) JSON.nullNode()).toList());
        for (Point p : s.points()) {
            int i = categories.indexOf(label(p.x()));
            if (i >= 0) {
                values.set(i, value(p.y()));
            }
        }
        values.forEach(data::add);
    }

    /** The x categories: the axis's own, or the point labels in order of first appearance. */
    static List<String> categories(ChartSpec spec) {
        return spec.xAxis().type() != Axis.Type.CATEGORY ? List.of()
                : declaredOrSeen(spec.xAxis(), spec, p -> label(p.x()));
    }

    private static List<String> rowCategories(ChartSpec spec) {
        return declaredOrSeen(spec.yAxis(), spec, p -> label(p.y()));
    }

    private static List<String> declaredOrSeen(Axis axis, ChartSpec spec, Function<Point, String> label) {
        if (!axis.categories().isEmpty()) {
            return axis.categories();
        }
        Set<String> seen = new LinkedHashSet<>();
        spec.series().forEach(s -> s.points().forEach(p -> seen.add(label.apply(p))));
        return List.copyOf(seen);
    }

    /** The marker the page script turns into an {@code Intl.NumberFormat} formatter. */
    static ObjectNode numberFormatter(NumberStyle style) {
        ObjectNode options = JSON.objectNode().put("maximumFractionDigits", style.fractionDigits());
        switch (style.kind()) {
            case CURRENCY -> options.put("style", "currency").put("currency", style.currency())
                    .put("minimumFractionDigits", Math.min(style.fractionDigits(), 2));
            case PERCENT -> options.put("style", "percent");
            case COMPACT -> options.put("notation", "compact");
            case PLAIN -> { }
        }
        ObjectNode marker = JSON.objectNode();
        marker.set("intlNumber", options);
        return marker;
    }

    static String label(Object x) {
        return x == null ? "" : x instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : x.toString();
    }

    private static JsonNode value(Object v) {
        return v instanceof Number n ? number(n) : v == null ? JSON.nullNode() : JSON.stringNode(v.toString());
    }

    private static JsonNode number(Object v) {
        return switch (v) {
            case null -> JSON.nullNode();
            case BigDecimal d -> JSON.numberNode(d);
            case BigInteger i -> JSON.numberNode(i);
            case Long l -> JSON.numberNode(l);
            case Integer i -> JSON.numberNode(i);
            case Short s -> JSON.numberNode(s);
            case Number n -> JSON.numberNode(n.doubleValue());
            default -> throw new IllegalArgumentException("Not a number: " + v);
        };
    }
}
