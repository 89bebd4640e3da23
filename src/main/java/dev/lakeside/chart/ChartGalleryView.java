package dev.lakeside.chart;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.lakeside.ui.MainLayout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every chart type of the chart API on fixed sample data, for developers writing a tool and for
 * checking the renderer in a browser. Not in the menu: open {@code /charts}.
 */
@Route(value = "charts", layout = MainLayout.class)
@PageTitle("Chart gallery · Lakeside")
public class ChartGalleryView extends VerticalLayout {

    public ChartGalleryView() {
        addClassName("lakeside-view");
        Button theme = new Button("Toggle dark theme", e -> e.getSource().getElement().executeJs("""
                const html = document.documentElement;
                html.setAttribute('theme', html.getAttribute('theme') === 'dark' ? '' : 'dark');"""));
        add(new H2("Chart gallery"), new Paragraph("Each chart type of dev.lakeside.chart, drawn by Apache ECharts."),
                theme);
        Div grid = new Div();
        grid.addClassName("lakeside-chart-gallery");
        SampleCharts.all().forEach(spec -> {
            EChart chart = new EChart(spec);
            chart.setHeight("320px");
            grid.add(chart);
        });
        add(grid);
    }

    /** The sample charts, one per type. */
    static final class SampleCharts {

        private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun");

        static List<ChartSpec> all() {
            List<Point> daily = new ArrayList<>();
            for (int d = 0; d < 60; d++) {
                daily.add(Point.of(LocalDate.of(2026, 1, 1).plusDays(d), 1000 + 400 * Math.sin(d / 6.0) + 10 * d));
            }
            Axis money = Axis.value("Revenue", NumberStyle.currency("USD", 0));
            return List.of(
                    ChartSpec.of(ChartType.LINE).withTitle("Line: revenue per day")
                            .withXAxis(Axis.time("Day", DateStyle.DAY)).withYAxis(money)
                            .withSeries(Series.of("Revenue", daily)),
                    ChartSpec.of(ChartType.BAR).withTitle("Bar: units per month")
                            .withYAxis(Axis.value("Units", NumberStyle.compact()))
                            .withSeries(monthly("North", 3), monthly("South", 5)),
                    ChartSpec.of(ChartType.STACKED_BAR).withTitle("Stacked bar: orders per month")
                            .withSeries(monthly("Online", 2), monthly("Store", 7), monthly("Phone", 11)),
                    ChartSpec.of(ChartType.AREA).withTitle("Area: share of traffic")
                            .withYAxis(Axis.value(null, NumberStyle.plain(0)))
                            .withSeries(monthly("Web", 4), monthly("App", 6)),
                    ChartSpec.of(ChartType.SCATTER).withTitle("Scatter: fare against distance")
                            .withXAxis(Axis.value("Miles", NumberStyle.plain(1)))
                            .withYAxis(Axis.value("Fare", NumberStyle.currency("USD", 2)))
                            .withLegend(ChartSpec.Legend.NONE)
                            .withSeries(Series.of("Trips", scatter())),
                    ChartSpec.of(ChartType.PIE).withTitle("Pie: revenue by region").withLegend(ChartSpec.Legend.RIGHT)
                            .withSeries(Series.of("Revenue", List.of(Point.of("North", 22), Point.of("South", 18),
                                    Point.of("East", 20), Point.of("West", 25), Point.of("Central", 15)))),
                    ChartSpec.of(ChartType.HEATMAP).withTitle("Heatmap: pickups by weekday and hour")
                            .withXAxis(Axis.category("Hour")).withYAxis(Axis.category("Day"))
                            .withColorScale(ColorScale.of("Pickups", NumberStyle.plain(0)))
                            .withSeries(Series.of("Pickups", heat())));
        }

        private static Series monthly(String name, int seed) {
            List<Point> points = new ArrayList<>();
            for (int m = 0; m < MONTHS.size(); m++) {
                points.add(Point.of(MONTHS.get(m), 20 + (m * 7 + seed * 13) % 31));
            }
            return Series.of(name, points);
        }

        private static List<Point> scatter() {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                double miles = 0.3 + (i * 37 % 100) / 10.0;
                points.add(Point.of(miles, 3 + 3.5 * miles + (i * 13 % 7) - 3));
            }
            return points;
        }

        private static List<Point> heat() {
            List<Point> cells = new ArrayList<>();
            for (String day : List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")) {
                for (int hour = 0; hour < 24; hour++) {
                    cells.add(Point.cell(String.format("%02d", hour), day, (hour * 17 + day.length() * day.charAt(0)) % 50));
                }
            }
            return cells;
        }
    }
}
