package dev.lakeside.live;

import dev.lakeside.chart.Axis;
import dev.lakeside.chart.ChartSpec;
import dev.lakeside.chart.ChartType;
import dev.lakeside.chart.DateStyle;
import dev.lakeside.chart.NumberStyle;
import dev.lakeside.chart.Point;
import dev.lakeside.chart.Series;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns one metric of a snapshot into a line chart: window averages and their moving average. */
final class LiveCharts {

    private static final Map<String, String> TITLES = Map.of(
            "temperature_c", "Temperature (°C)", "humidity_pct", "Humidity (%)", "pressure_hpa", "Pressure (hPa)");

    private LiveCharts() {
    }

    static String title(String metric) {
        return TITLES.getOrDefault(metric, metric);
    }

    static ChartSpec chart(DashboardSnapshot.MetricSeries series) {
        return ChartSpec.of(ChartType.LINE).withTitle(title(series.metric()))
                .withXAxis(Axis.time(null, DateStyle.TIME))
                .withYAxis(Axis.value(null, NumberStyle.plain(2)))
                .withSeries(Series.of("Window average", points(series.buckets(), series.averages())),
                        Series.of("Moving average", points(series.buckets(), series.movingAverages())).withColor("#e8590c"));
    }

    /** An empty chart with the metric's title, shown until the first snapshot arrives. */
    static ChartSpec waiting(String metric) {
        return ChartSpec.of(ChartType.LINE).withTitle(title(metric)).withXAxis(Axis.time(null, DateStyle.TIME));
    }

    private static List<Point> points(List<LocalDateTime> buckets, List<Double> values) {
        List<Point> points = new ArrayList<>(buckets.size());
        for (int i = 0; i < buckets.size(); i++) {
            points.add(Point.of(buckets.get(i), values.get(i)));
        }
        return points;
    }
}
