package dev.lakeside.taxi;

import dev.lakeside.chart.Axis;
import dev.lakeside.chart.ChartSpec;
import dev.lakeside.chart.ChartType;
import dev.lakeside.chart.ColorScale;
import dev.lakeside.chart.Point;
import dev.lakeside.chart.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The density map as a heatmap over longitude (x) and latitude (y). Every cell index between the
 * smallest and largest one with pickups becomes a category, so empty cells keep their place and
 * distances stay true along each axis.
 */
final class DensityMap {

    private DensityMap() {
    }

    static ChartSpec of(PickupDensity density, TaxiMetric metric) {
        double cell = density.query().cellDegrees();
        List<DensityCell> cells = density.cells();
        long minLat = cells.stream().mapToLong(DensityCell::latIndex).min().orElse(0);
        long maxLat = cells.stream().mapToLong(DensityCell::latIndex).max().orElse(-1);
        long minLon = cells.stream().mapToLong(DensityCell::lonIndex).min().orElse(0);
        long maxLon = cells.stream().mapToLong(DensityCell::lonIndex).max().orElse(-1);
        List<Point> points = cells.stream()
                .filter(c -> c.value(metric) != null) // no average to show: leave the cell empty
                .map(c -> Point.cell(label(c.lonIndex(), cell), label(c.latIndex(), cell), c.value(metric))).toList();
        return ChartSpec.of(ChartType.HEATMAP)
                .withTitle(metric.label() + " per " + String.format(Locale.ROOT, "%s", cell) + "° cell")
                .withXAxis(Axis.category("Longitude").withCategories(labels(minLon, maxLon, cell)))
                .withYAxis(Axis.category("Latitude").withCategories(labels(minLat, maxLat, cell)))
                .withColorScale(ColorScale.of(metric.label(), metric.style()))
                .withSeries(Series.of(metric.label(), points));
    }

    private static List<String> labels(long from, long to, double cell) {
        List<String> labels = new ArrayList<>();
        for (long i = from; i <= to; i++) {
            labels.add(label(i, cell));
        }
        return labels;
    }

    /** The cell's centre, to four decimals (about 10 m). */
    static String label(long index, double cell) {
        return String.format(Locale.ROOT, "%.4f", (index + 0.5) * cell);
    }
}
