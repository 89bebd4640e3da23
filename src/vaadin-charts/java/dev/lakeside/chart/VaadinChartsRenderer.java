package dev.lakeside.chart;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.AbstractPlotOptions;
import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.ColorAxis;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.HeatSeries;
import com.vaadin.flow.component.charts.model.HorizontalAlign;
import com.vaadin.flow.component.charts.model.LayoutDirection;
import com.vaadin.flow.component.charts.model.Legend;
import com.vaadin.flow.component.charts.model.PlotOptionsArea;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsSeries;
import com.vaadin.flow.component.charts.model.Stacking;
import com.vaadin.flow.component.charts.model.VerticalAlign;
import com.vaadin.flow.component.charts.model.XAxis;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.charts.model.style.SolidColor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link ChartSpec} with Vaadin Charts (Highcharts) instead of ECharts. Built only with the
 * Maven profile {@code vaadin-charts}: Vaadin Charts is a commercial component and needs a Vaadin
 * subscription to develop with and to build for production. The translation itself
 * ({@link #configuration}) is plain server-side objects and is tested without a browser.
 */
public final class VaadinChartsRenderer {

    private VaadinChartsRenderer() {
    }

    /** A Vaadin Charts component showing the spec. */
    public static Chart chart(ChartSpec spec) {
        Chart chart = new Chart();
        chart.setConfiguration(configuration(spec));
        return chart;
    }

    public static Configuration configuration(ChartSpec spec) {
        Configuration conf = new Configuration();
        conf.getChart().setType(type(spec));
        conf.setTitle(spec.title() == null ? "" : spec.title());
        legend(spec, conf.getLegend());
        conf.getTooltip().setEnabled(spec.tooltip());
        conf.getTooltip().setShared(spec.type().tooltipPerAxis());
        List<String> categories = EChartsOptions.categories(spec);
        if (spec.type().hasAxes()) {
            axis(conf.getxAxis(), spec.xAxis(), categories);
            axis(conf.getyAxis(), spec.yAxis(), spec.type() == ChartType.HEATMAP ? rows(spec) : List.of());
            tooltipValues(spec.yAxis().numberStyle(), conf);
        }
        stacking(spec, conf);
        if (spec.type() == ChartType.HEATMAP) {
            conf.addColorAxis(colorAxis(spec));
        }
        for (Series s : spec.series()) {
            conf.addSeries(spec.type() == ChartType.HEATMAP ? heat(s, categories, rows(spec))
                    : data(spec, s, categories));
        }
        return conf;
    }

    private static com.vaadin.flow.component.charts.model.ChartType type(ChartSpec spec) {
        return switch (spec.type()) {
            case LINE -> com.vaadin.flow.component.charts.model.ChartType.LINE;
            case AREA -> com.vaadin.flow.component.charts.model.ChartType.AREA;
            case BAR, STACKED_BAR -> spec.horizontal() ? com.vaadin.flow.component.charts.model.ChartType.BAR
                    : com.vaadin.flow.component.charts.model.ChartType.COLUMN;
            case SCATTER -> com.vaadin.flow.component.charts.model.ChartType.SCATTER;
            case PIE -> com.vaadin.flow.component.charts.model.ChartType.PIE;
            case HEATMAP -> com.vaadin.flow.component.charts.model.ChartType.HEATMAP;
        };
    }

    private static void legend(ChartSpec spec, Legend legend) {
        legend.setEnabled(spec.legend() != ChartSpec.Legend.NONE && spec.type() != ChartType.HEATMAP);
        switch (spec.legend()) {
            case TOP -> legend.setVerticalAlign(VerticalAlign.TOP);
            case BOTTOM -> legend.setVerticalAlign(VerticalAlign.BOTTOM);
            case RIGHT -> {
                legend.setAlign(HorizontalAlign.RIGHT);
                legend.setVerticalAlign(VerticalAlign.MIDDLE);
                legend.setLayout(LayoutDirection.VERTICAL);
            }
            case NONE -> { }
        }
    }

    private static void axis(com.vaadin.flow.component.charts.model.Axis target, Axis axis, List<String> categories) {
        if (axis.name() != null) {
            target.setTitle(axis.name());
        }
        target.setType(switch (axis.type()) {
            case CATEGORY -> AxisType.CATEGORY;
            case VALUE -> AxisType.LINEAR;
            case TIME -> AxisType.DATETIME;
        });
        if (axis.type() == Axis.Type.CATEGORY && target instanceof XAxis x) {
            x.setCategories(categories.toArray(String[]::new));
        } else if (axis.type() == Axis.Type.CATEGORY && target instanceof YAxis y) {
            y.setCategories(categories.toArray(String[]::new));
        }
        if (axis.min() != null) {
            target.setMin(axis.min());
        }
        if (axis.max() != null) {
            target.setMax(axis.max());
        }
        if (axis.numberStyle() != null && axis.type() == Axis.Type.VALUE
                && axis.numberStyle().kind() == NumberStyle.Kind.PERCENT) {
            target.getLabels().setFormatter("function() { return (this.value * 100).toFixed("
                    + axis.numberStyle().fractionDigits() + ") + '%'; }");
        } else if (axis.numberStyle() != null && axis.type() == Axis.Type.VALUE) {
            String format = labelFormat(axis.numberStyle());
            if (format != null) {
                target.getLabels().setFormat(format);
            }
        }
        if (axis.dateStyle() != null && axis.type() == Axis.Type.TIME) {
            target.getLabels().setFormat("{value:" + axis.dateStyle().highchartsPattern() + "}");
        }
    }

    /**
     * A Highcharts label format, or null for its own short numbers (1k, 2M), which is what compact
     * means. Percent needs arithmetic, so it is a formatter function instead (see {@link #axis}).
     */
    static String labelFormat(NumberStyle style) {
        String number = "{value:,." + style.fractionDigits() + "f}";
        return switch (style.kind()) {
            case PLAIN -> number;
            case CURRENCY -> Currency.getInstance(style.currency()).getSymbol(Locale.US) + number;
            case PERCENT -> null;
            case COMPACT -> null;
        };
    }

    private static void tooltipValues(NumberStyle style, Configuration conf) {
        if (style == null) {
            return;
        }
        conf.getTooltip().setValueDecimals(style.fractionDigits());
        if (style.kind() == NumberStyle.Kind.CURRENCY) {
            conf.getTooltip().setValuePrefix(Currency.getInstance(style.currency()).getSymbol(Locale.US));
        }
    }

    private static void stacking(ChartSpec spec, Configuration conf) {
        AbstractPlotOptions options = switch (spec.type()) {
            case STACKED_BAR -> {
                if (spec.horizontal()) {
                    PlotOptionsBar bar = new PlotOptionsBar();
                    bar.setStacking(Stacking.NORMAL);
                    yield bar;
                }
                PlotOptionsColumn column = new PlotOptionsColumn();
                column.setStacking(Stacking.NORMAL);
                yield column;
            }
            case AREA -> {
                PlotOptionsArea area = new PlotOptionsArea();
                area.setStacking(Stacking.NORMAL);
                yield area;
            }
            default -> null;
        };
        if (options != null) {
            conf.setPlotOptions(options);
        }
    }

    private static ColorAxis colorAxis(ChartSpec spec) {
        ColorScale scale = spec.colorScale() != null ? spec.colorScale() : ColorScale.of(null, null);
        ColorAxis axis = new ColorAxis();
        List<Double> values = spec.series().stream().flatMap(s -> s.points().stream()).map(Point::value)
                .filter(v -> v != null).map(Number::doubleValue).toList();
        axis.setMin(scale.min() != null ? scale.min() : values.stream().mapToDouble(d -> d).min().orElse(0));
        axis.setMax(scale.max() != null ? scale.max() : values.stream().mapToDouble(d -> d).max().orElse(1));
        axis.setMinColor(new SolidColor(scale.colors().getFirst()));
        axis.setMaxColor(new SolidColor(scale.colors().getLast()));
        return axis;
    }

    private static HeatSeries heat(Series s, List<String> columns, List<String> rows) {
        HeatSeries heat = new HeatSeries(s.name());
        for (Point p : s.points()) {
            heat.addHeatPoint(columns.indexOf(EChartsOptions.label(p.x())), rows.indexOf(EChartsOptions.label(p.y())),
                    p.value());
        }
        return heat;
    }

    private static DataSeries data(ChartSpec spec, Series s, List<String> categories) {
        DataSeries data = new DataSeries(s.name());
        if (s.color() != null) {
            PlotOptionsSeries options = new PlotOptionsSeries();
            options.setColor(new SolidColor(s.color()));
            data.setPlotOptions(options);
        }
        if (spec.type() == ChartType.PIE || spec.type().hasAxes() && spec.xAxis().type() == Axis.Type.CATEGORY
                && spec.type() != ChartType.SCATTER) {
            List<String> names = spec.type() == ChartType.PIE
                    ? s.points().stream().map(p -> EChartsOptions.label(p.x())).toList() : categories;
            for (String name : names) {
                Point point = s.points().stream().filter(p -> EChartsOptions.label(p.x()).equals(name)).findFirst()
                        .orElse(null);
                data.add(new DataSeriesItem(name, point == null ? null : (Number) point.y()));
            }
        } else if (spec.xAxis().type() == Axis.Type.TIME) {
            s.points().forEach(p -> data.add(new DataSeriesItem(switch (p.x()) {
                case LocalDate d -> d.atStartOfDay().toInstant(ZoneOffset.UTC);
                case LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
                default -> throw new IllegalArgumentException("A time axis needs dates, got " + p.x());
            }, (Number) p.y())));
        } else {
            s.points().forEach(p -> data.add(new DataSeriesItem((Number) p.x(), (Number) p.y())));
        }
        return data;
    }

    private static List<String> rows(ChartSpec spec) {
        if (!spec.yAxis().categories().isEmpty()) {
            return spec.yAxis().categories();
        }
        return spec.series().stream().flatMap(s -> s.points().stream()).map(p -> EChartsOptions.label(p.y()))
                .distinct().toList();
    }
}
