package dev.lakeside.chart;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EChartsOptionsTest {

    private static final Series NORTH = Series.of("North", List.of(Point.of("Jan", 10), Point.of("Feb", 12)));
    private static final Series SOUTH = Series.of("South", List.of(Point.of("Feb", 7), Point.of("Mar", 9)));

    @Test
    void line_timeAxis_pairsOfIsoDateAndValue_withDateTemplateAndCurrencyFormatter() {
        ChartSpec spec = ChartSpec.of(ChartType.LINE).withTitle("Revenue")
                .withXAxis(Axis.time("Day", DateStyle.DAY))
                .withYAxis(Axis.value("USD", NumberStyle.currency("USD", 0)))
                .withSeries(Series.of("Revenue", List.of(Point.of(LocalDate.of(2026, 1, 2), new BigDecimal("12.50")),
                        Point.of(LocalDate.of(2026, 1, 3), 14))));

        ObjectNode option = EChartsOptions.from(spec);

        assertThat(option.at("/title/text").asString()).isEqualTo("Revenue");
        assertThat(option.at("/xAxis/type").asString()).isEqualTo("time");
        assertThat(option.at("/xAxis/name").asString()).isEqualTo("Day");
        assertThat(option.at("/xAxis/axisLabel/formatter/day").asString()).isEqualTo("{d}");
        assertThat(option.at("/xAxis/axisLabel/formatter/month").asString()).isEqualTo("{MMM}");
        assertThat(option.at("/xAxis/axisLabel/formatter/year").asString()).isEqualTo("{yyyy}");
        assertThat(option.at("/yAxis/type").asString()).isEqualTo("value");
        assertThat(option.at("/yAxis/axisLabel/formatter/intlNumber/style").asString()).isEqualTo("currency");
        assertThat(option.at("/yAxis/axisLabel/formatter/intlNumber/currency").asString()).isEqualTo("USD");
        assertThat(option.at("/tooltip/trigger").asString()).isEqualTo("axis");
        assertThat(option.at("/tooltip/valueFormatter/intlNumber/style").asString()).isEqualTo("currency");
        JsonNode series = option.at("/series/0");
        assertThat(series.at("/type").asString()).isEqualTo("line");
        assertThat(series.at("/name").asString()).isEqualTo("Revenue");
        assertThat(series.at("/data/0/0").asString()).isEqualTo("2026-01-02");
        assertThat(series.at("/data/0/1").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(series.at("/data/1/1").asInt()).isEqualTo(14);
        assertThat(series.has("areaStyle")).isFalse();
    }

    @Test
    void bar_categoryAxis_categoriesInOrderOfAppearance_valuesAlignedWithGapsAsNull() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.BAR).withSeries(NORTH, SOUTH));

        assertThat(texts(option.at("/xAxis/data"))).containsExactly("Jan", "Feb", "Mar");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(option.at("/series/0").has("stack")).isFalse();
        assertThat(option.at("/series/0/data").toString()).isEqualTo("[10,12,null]");
        assertThat(option.at("/series/1/data").toString()).isEqualTo("[null,7,9]");
        assertThat(option.at("/legend/type").asString()).isEqualTo("scroll");
    }

    @Test
    void horizontalBar_swapsAxes() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.BAR).withHorizontal(true)
                .withXAxis(Axis.category("Product")).withYAxis(Axis.value("Revenue", NumberStyle.compact()))
                .withSeries(NORTH));

        assertThat(option.at("/yAxis/type").asString()).isEqualTo("category");
        assertThat(option.at("/yAxis/name").asString()).isEqualTo("Product");
        assertThat(option.at("/xAxis/type").asString()).isEqualTo("value");
        assertThat(option.at("/xAxis/axisLabel/formatter/intlNumber/notation").asString()).isEqualTo("compact");
    }

    @Test
    void stackedBar_everySeriesInOneStack() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.STACKED_BAR).withSeries(NORTH, SOUTH));

        assertThat(option.at("/series/0/type").asString()).isEqualTo("bar");
        assertThat(option.at("/series/0/stack").asString()).isEqualTo("total");
        assertThat(option.at("/series/1/stack").asString()).isEqualTo("total");
    }

    @Test
    void area_lineWithAreaStyleStacked() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.AREA).withSeries(NORTH, SOUTH));

        assertThat(option.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(option.at("/series/0/areaStyle").isObject()).isTrue();
        assertThat(option.at("/series/1/stack").asString()).isEqualTo("total");
    }

    @Test
    void scatter_valueAxes_xyAndOptionalThirdValue_itemTooltip() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.SCATTER)
                .withXAxis(Axis.value("Miles", NumberStyle.plain(1))).withYAxis(Axis.value("Fare", null))
                .withSeries(Series.of("Trips", List.of(new Point(1.5, 8.25, 3), Point.of(2.0, 10)))));

        assertThat(option.at("/xAxis/type").asString()).isEqualTo("value");
        assertThat(option.at("/tooltip/trigger").asString()).isEqualTo("item");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("scatter");
        assertThat(option.at("/series/0/data").toString()).isEqualTo("[[1.5,8.25,3],[2.0,10]]");
    }

    @Test
    void pie_namedSlicesWithoutAxes() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.PIE).withLegend(ChartSpec.Legend.RIGHT)
                .withSeries(Series.of("Revenue", List.of(Point.of("North", 22), Point.of("West", 25)))));

        assertThat(option.has("xAxis")).isFalse();
        assertThat(option.has("yAxis")).isFalse();
        assertThat(option.at("/series/0/type").asString()).isEqualTo("pie");
        assertThat(option.at("/series/0/data/1/name").asString()).isEqualTo("West");
        assertThat(option.at("/series/0/data/1/value").asInt()).isEqualTo(25);
        assertThat(option.at("/legend/orient").asString()).isEqualTo("vertical");
        assertThat(option.at("/tooltip/trigger").asString()).isEqualTo("item");
    }

    @Test
    void heatmap_cellsAsCategoryIndexes_visualMapSpansTheValues() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.HEATMAP)
                .withXAxis(Axis.category("Hour").withCategories(List.of("00", "01", "02")))
                .withYAxis(Axis.category("Day"))
                .withColorScale(ColorScale.of("Pickups", NumberStyle.plain(0)))
                .withSeries(Series.of("Pickups", List.of(Point.cell("02", "Mon", 5), Point.cell("00", "Tue", 40)))));

        assertThat(texts(option.at("/xAxis/data"))).containsExactly("00", "01", "02");
        assertThat(texts(option.at("/yAxis/data"))).containsExactly("Mon", "Tue");
        assertThat(option.at("/series/0/type").asString()).isEqualTo("heatmap");
        assertThat(option.at("/series/0/data").toString()).isEqualTo("[[2,0,5],[0,1,40]]");
        assertThat(option.at("/visualMap/min").asDouble()).isEqualTo(5.0);
        assertThat(option.at("/visualMap/max").asDouble()).isEqualTo(40.0);
        assertThat(option.at("/visualMap/dimension").asInt()).isEqualTo(2);
        assertThat(option.at("/visualMap/text/0").asString()).isEqualTo("Pickups");
        assertThat(option.at("/visualMap/inRange/color").size()).isEqualTo(ColorScale.DEFAULT_COLORS.size());
        assertThat(option.has("legend")).isFalse();
    }

    @Test
    void colorScaleWithFixedRange_usedAsIs() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.HEATMAP)
                .withXAxis(Axis.category(null)).withYAxis(Axis.category(null))
                .withColorScale(ColorScale.of(null, NumberStyle.percent(0)).withRange(0.0, 1.0))
                .withSeries(Series.of("s", List.of(Point.cell("a", "b", 0.5)))));

        assertThat(option.at("/visualMap/min").asDouble()).isEqualTo(0.0);
        assertThat(option.at("/visualMap/max").asDouble()).isEqualTo(1.0);
        assertThat(option.at("/visualMap/formatter/intlNumber/style").asString()).isEqualTo("percent");
    }

    @Test
    void noLegendNoTooltip_leftOut_andSeriesColourKept() {
        ObjectNode option = EChartsOptions.from(ChartSpec.of(ChartType.LINE).withLegend(ChartSpec.Legend.NONE)
                .withTooltip(false).withSeries(NORTH.withColor("#ff0000")));

        assertThat(option.has("legend")).isFalse();
        assertThat(option.has("tooltip")).isFalse();
        assertThat(option.at("/series/0/itemStyle/color").asString()).isEqualTo("#ff0000");
    }

    @Test
    void invalidSpecs_areRefused() {
        assertThatThrownBy(() -> ChartSpec.of(ChartType.HEATMAP).withXAxis(Axis.value("x", null)))
                .hasMessageContaining("category axes");
        assertThatThrownBy(() -> ChartSpec.of(ChartType.LINE).withHorizontal(true)).hasMessageContaining("bar");
        assertThatThrownBy(() -> Point.of(new Object(), 1)).hasMessageContaining("String, Number");
        assertThatThrownBy(() -> NumberStyle.currency("usd", 2)).hasMessageContaining("ISO 4217");
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
