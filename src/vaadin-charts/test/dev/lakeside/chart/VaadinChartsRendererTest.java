package dev.lakeside.chart;

import com.vaadin.flow.component.charts.model.AbstractSeries;
import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.HeatSeries;
import com.vaadin.flow.component.charts.model.LayoutDirection;
import com.vaadin.flow.component.charts.model.PlotOptionsArea;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsSeries;
import com.vaadin.flow.component.charts.model.Stacking;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same specs as EChartsOptionsTest, translated to Vaadin Charts' server-side Configuration. */
class VaadinChartsRendererTest {

    private static final Series NORTH = Series.of("North", List.of(Point.of("Jan", 10), Point.of("Feb", 12)));
    private static final Series SOUTH = Series.of("South", List.of(Point.of("Feb", 7), Point.of("Mar", 9)));

    @Test
    void line_timeAxis_instantsAndCurrencyLabels() {
        Configuration conf = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.LINE).withTitle("Revenue")
                .withXAxis(Axis.time("Day", DateStyle.MONTH))
                .withYAxis(Axis.value("USD", NumberStyle.currency("USD", 0)))
                .withSeries(Series.of("Revenue", List.of(Point.of(LocalDate.of(2026, 1, 2), new BigDecimal("12.50"))))));

        assertThat(conf.getChart().getType()).isEqualTo(com.vaadin.flow.component.charts.model.ChartType.LINE);
        assertThat(conf.getTitle().getText()).isEqualTo("Revenue");
        assertThat(conf.getxAxis().getType()).isEqualTo(AxisType.DATETIME);
        assertThat(conf.getxAxis().getTitle().getText()).isEqualTo("Day");
        assertThat(conf.getxAxis().getLabels().getFormat()).isEqualTo("{value:%b %Y}");
        assertThat(conf.getyAxis().getLabels().getFormat()).isEqualTo("${value:,.0f}");
        assertThat(conf.getTooltip().getShared()).isTrue();
        DataSeriesItem item = items(conf, 0).getFirst();
        assertThat(item.getX().longValue()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z").toEpochMilli());
        assertThat(item.getY()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void bar_categoriesInOrderOfAppearance_valuesAlignedWithGaps() {
        Configuration conf = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.BAR).withSeries(NORTH, SOUTH));

        assertThat(conf.getChart().getType()).isEqualTo(com.vaadin.flow.component.charts.model.ChartType.COLUMN);
        assertThat(conf.getxAxis().getCategories()).containsExactly("Jan", "Feb", "Mar");
        assertThat(items(conf, 0)).extracting(DataSeriesItem::getY).containsExactly(10, 12, null);
        assertThat(items(conf, 1)).extracting(DataSeriesItem::getY).containsExactly(null, 7, 9);
        assertThat(conf.getPlotOptions()).isEmpty();
    }

    @Test
    void horizontalStackedBar_isHighchartsBarWithNormalStacking() {
        Configuration conf = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.STACKED_BAR)
                .withHorizontal(true).withSeries(NORTH, SOUTH));

        assertThat(conf.getChart().getType()).isEqualTo(com.vaadin.flow.component.charts.model.ChartType.BAR);
        assertThat(((PlotOptionsBar) conf.getPlotOptions().iterator().next()).getStacking()).isEqualTo(Stacking.NORMAL);
    }

    @Test
    void stackedColumn_andArea_stackNormally() {
        Configuration column = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.STACKED_BAR).withSeries(NORTH));
        Configuration area = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.AREA).withSeries(NORTH));

        assertThat(((PlotOptionsColumn) column.getPlotOptions().iterator().next()).getStacking()).isEqualTo(Stacking.NORMAL);
        assertThat(area.getChart().getType()).isEqualTo(com.vaadin.flow.component.charts.model.ChartType.AREA);
        assertThat(((PlotOptionsArea) area.getPlotOptions().iterator().next()).getStacking()).isEqualTo(Stacking.NORMAL);
    }

    @Test
    void scatter_numericPairs_itemTooltip() {
        Configuration conf = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.SCATTER)
                .withXAxis(Axis.value("Miles", NumberStyle.plain(1))).withYAxis(Axis.value("Fare", NumberStyle.percent(0)))
                .withSeries(Series.of("Trips", List.of(Point.of(1.5, 8.25)))));

        assertThat(conf.getChart().getType()).isEqualTo(com.vaadin.flow.component.charts.model.ChartType.SCATTER);
        assertThat(conf.getxAxis().getLabels().getFormat()).isEqualTo("{value:,.1f}");
        assertThat(conf.getyAxis().getLabels().getFormatter()).contains("* 100");
        assertThat(conf.getTooltip().getShared()).isFalse();
        assertThat(items(conf, 0).getFirst().getX()).isEqualTo(1.5);
        assertThat(items(conf, 0).getFirst().getY()).isEqualTo(8.25);
    }

    @Test
    void pie_namedSlices_legendOnTheRight() {
        Configuration conf = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.PIE)
                .withLegend(ChartSpec.Legend.RIGHT)
                .withSeries(Series.of("Revenue", List.of(Point.of("North", 22), Point.of("West", 25)))));

        assertThat(conf.getChart().getType()).isEqualTo(com.vaadin.flow.component.charts.model.ChartType.PIE);
        assertThat(items(conf, 0)).extracting(DataSeriesItem::getName).containsExactly("North", "West");
        assertThat(items(conf, 0)).extracting(DataSeriesItem::getY).containsExactly(22, 25);
        assertThat(conf.getLegend().getLayout()).isEqualTo(LayoutDirection.VERTICAL);
    }

    @Test
    void heatmap_cellIndexesAndColorAxisSpanningTheValues() {
        Configuration conf = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.HEATMAP)
                .withXAxis(Axis.category("Hour").withCategories(List.of("00", "01", "02")))
                .withYAxis(Axis.category("Day"))
                .withColorScale(ColorScale.of("Pickups", NumberStyle.plain(0)))
                .withSeries(Series.of("Pickups", List.of(Point.cell("02", "Mon", 5), Point.cell("00", "Tue", 40)))));

        assertThat(conf.getChart().getType()).isEqualTo(com.vaadin.flow.component.charts.model.ChartType.HEATMAP);
        assertThat(conf.getxAxis().getCategories()).containsExactly("00", "01", "02");
        assertThat(conf.getyAxis().getCategories()).containsExactly("Mon", "Tue");
        Number[][] cells = ((HeatSeries) conf.getSeries().getFirst()).getData();
        assertThat(cells[0]).containsExactly(2, 0, 5);
        assertThat(cells[1]).containsExactly(0, 1, 40);
        assertThat(conf.getColorAxis().getMin().doubleValue()).isEqualTo(5.0);
        assertThat(conf.getColorAxis().getMax().doubleValue()).isEqualTo(40.0);
        assertThat(conf.getLegend().getEnabled()).isFalse();
    }

    @Test
    void noLegendNoTooltip_andSeriesColour() {
        Configuration conf = VaadinChartsRenderer.configuration(ChartSpec.of(ChartType.LINE)
                .withLegend(ChartSpec.Legend.NONE).withTooltip(false).withSeries(NORTH.withColor("#ff0000")));

        assertThat(conf.getLegend().getEnabled()).isFalse();
        assertThat(conf.getTooltip().getEnabled()).isFalse();
        AbstractSeries series = (AbstractSeries) conf.getSeries().getFirst();
        assertThat(((PlotOptionsSeries) series.getPlotOptions()).getColor().toString()).isEqualTo("#ff0000");
    }

    private static List<DataSeriesItem> items(Configuration conf, int series) {
        return ((DataSeries) conf.getSeries().get(series)).getData();
    }
}
