package dev.lakeside.sales;

import dev.lakeside.chart.Axis;
import dev.lakeside.chart.ChartSpec;
import dev.lakeside.chart.ChartType;
import dev.lakeside.chart.NumberStyle;
import dev.lakeside.chart.Point;
import dev.lakeside.chart.Series;

import java.util.List;

/** The dashboard's two charts, described with the chart API. */
final class SalesCharts {

    private static final NumberStyle DOLLARS = NumberStyle.currency("USD", 0);

    private SalesCharts() {
    }

    static ChartSpec revenueOverTime(List<RevenueByTime> points, TimeBucket bucket) {
        return ChartSpec.of(ChartType.LINE).withTitle("Revenue per " + bucket.label().toLowerCase())
                .withLegend(ChartSpec.Legend.NONE)
                .withXAxis(Axis.time(null, bucket.dateStyle()))
                .withYAxis(Axis.value(null, DOLLARS).withRange(0.0, null))
                .withSeries(Series.of("Revenue", points.stream().map(p -> Point.of(p.start(), p.revenue())).toList()));
    }

    /** Largest at the top: a horizontal bar chart draws its first category at the bottom. */
    static ChartSpec revenueByProduct(List<ProductRevenue> products) {
        List<Point> points = products.reversed().stream().map(p -> Point.of(p.product(), p.revenue())).toList();
        return ChartSpec.of(ChartType.BAR).withTitle("Revenue by product").withHorizontal(true)
                .withLegend(ChartSpec.Legend.NONE)
                .withYAxis(Axis.value(null, DOLLARS))
                .withSeries(Series.of("Revenue", points));
    }
}
