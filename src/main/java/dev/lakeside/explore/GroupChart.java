package dev.lakeside.explore;

import dev.lakeside.chart.Axis;
import dev.lakeside.chart.ChartSpec;
import dev.lakeside.chart.ChartType;
import dev.lakeside.chart.Point;
import dev.lakeside.chart.Series;
import dev.lakeside.warehouse.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Draws a group-by result: one category per group (dimension values joined), one series per measure. */
final class GroupChart {

    /** The chart types that suit a group-by result. */
    static final List<ChartType> TYPES = List.of(ChartType.BAR, ChartType.STACKED_BAR, ChartType.LINE,
            ChartType.AREA, ChartType.PIE);

    private GroupChart() {
    }

    static ChartSpec of(GroupResult result, ChartType type, String title) {
        List<Measure> measures = type == ChartType.PIE ? result.measures().subList(0, 1) : result.measures();
        List<Series> series = new ArrayList<>();
        for (Measure measure : measures) {
            List<Point> points = result.rows().stream()
                    .map(row -> Point.of(category(result.dimensions(), row), number(row.get(measure.alias()))))
                    .toList();
            series.add(Series.of(measure.label(), points));
        }
        String dimensions = result.dimensions().isEmpty() ? "All rows" : String.join(" · ", result.dimensions());
        return ChartSpec.of(type).withTitle(title).withXAxis(Axis.category(dimensions)).withSeries(series);
    }

    private static String category(List<String> dimensions, Row row) {
        if (dimensions.isEmpty()) {
            return "All rows";
        }
        return dimensions.stream().map(d -> Objects.toString(row.get(d), "(empty)")).collect(Collectors.joining(" · "));
    }

    private static Number number(Object value) {
        return value instanceof Number n ? n : null;
    }
}
