package dev.lakeside.sales;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import dev.lakeside.chart.ChartSpec;
import dev.lakeside.chart.EChart;
import dev.lakeside.chart.Point;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SalesDashboardViewTest extends KaribuSpringTest {

    @Autowired
    Warehouse warehouse;

    @Test
    void chooseRangeAndRegion_kpisEqualDirectSqlForThePeriodAndThePreviousOne() {
        UI.getCurrent().navigate("sales");
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2026, 6, 30);

        _setValue(datePicker("From"), start);
        _setValue(datePicker("To"), end);
        _setValue(regionSelect(), "West");

        Row now = directAggregate(start, end, "West");
        Row before = directAggregate(start.minusDays(122), start.minusDays(1), "West");
        assertThat(kpiValue("kpi-revenue")).isEqualByComparingTo(now.getDecimal("revenue"));
        assertThat(kpiValue("kpi-units")).isEqualByComparingTo(now.getDecimal("units"));
        assertThat(kpiValue("kpi-orders")).isEqualByComparingTo(now.getDecimal("orders"));
        assertThat(now.getLong("orders")).isPositive();
        BigDecimal expectedChange = now.getDecimal("revenue").subtract(before.getDecimal("revenue"))
                .multiply(BigDecimal.valueOf(100)).divide(before.getDecimal("revenue"), 1, java.math.RoundingMode.HALF_UP);
        assertThat(kpiChange("kpi-revenue")).contains(expectedChange.abs() + "% vs previous 122 days");
    }

    @Test
    void chartsAndGrid_addUpToTheRevenueKpi_andGridShowsOnlyTheRegionAndRange() {
        UI.getCurrent().navigate("sales");
        LocalDate start = LocalDate.of(2026, 9, 1);
        LocalDate end = LocalDate.of(2026, 9, 30);
        _setValue(datePicker("From"), start);
        _setValue(datePicker("To"), end);
        _setValue(regionSelect(), "North");

        BigDecimal revenue = kpiValue("kpi-revenue");
        List<EChart> charts = _find(EChart.class);
        assertThat(charts).hasSize(2);
        assertThat(sumOfPoints(charts.get(0).getChart())).isEqualByComparingTo(revenue);
        assertThat(charts.get(0).getChart().title()).isEqualTo("Revenue per day");
        assertThat(sumOfPoints(charts.get(1).getChart())).isEqualByComparingTo(revenue);

        Grid<SaleRow> grid = grid();
        int size = GridKt._size(grid);
        assertThat((long) size).isEqualTo(directAggregate(start, end, "North").getLong("orders"));
        for (int i = 0; i < size; i++) {
            SaleRow row = GridKt._get(grid, i);
            assertThat(row.region()).isEqualTo("North");
            assertThat(row.orderDate()).isBetween(start, end);
        }
    }

    @Test
    void presetAllRegions_longRange_bucketsByMonthAndMatchesWholeTable() {
        UI.getCurrent().navigate("sales");

        _click(_get(Button.class, spec -> spec.withText("All")));

        Row all = warehouse.query(new SqlBuilder(warehouse.dialect())
                .sql("SELECT sum(revenue) AS revenue FROM ").table(SalesService.SALES).build()).rows().getFirst();
        assertThat(kpiValue("kpi-revenue")).isEqualByComparingTo(all.getDecimal("revenue"));
        assertThat(_find(EChart.class).getFirst().getChart().title()).isEqualTo("Revenue per month");
        assertThat(kpiChange("kpi-revenue")).startsWith("No data in the previous");
    }

    @Test
    void endBeforeStart_isRefusedAndKpisKeepThePreviousRange() {
        UI.getCurrent().navigate("sales");
        BigDecimal shown = kpiValue("kpi-revenue");

        _setValue(datePicker("To"), datePicker("From").getValue().minusDays(3));

        assertThat(datePicker("To").isInvalid()).isTrue();
        assertThat(kpiValue("kpi-revenue")).isEqualByComparingTo(shown);
    }

    @Test
    void sharedLink_rangeAndRegionFromTheUrl_areShownAndUsed() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 1, 31);

        UI.getCurrent().navigate("sales", QueryParameters.simple(Map.of("from", "2026-01-01", "to", "2026-01-31",
                "region", "South")));

        assertThat(datePicker("From").getValue()).isEqualTo(start);
        assertThat(datePicker("To").getValue()).isEqualTo(end);
        assertThat(regionSelect().getValue()).isEqualTo("South");
        assertThat(kpiValue("kpi-revenue")).isEqualByComparingTo(directAggregate(start, end, "South").getDecimal("revenue"));
    }

    @Test
    void linkWithNonsense_isIgnoredAndTheDefaultRangeShown() {
        UI.getCurrent().navigate("sales", QueryParameters.simple(Map.of("from", "soon", "to", "2026-01-31",
                "region", "' OR 1=1")));

        assertThat(regionSelect().getValue()).isEqualTo(SalesDashboardView.ALL_REGIONS);
        LocalDate lastOrder = (LocalDate) warehouse.query(new SqlBuilder(warehouse.dialect())
                .sql("SELECT max(order_date) FROM ").table(SalesService.SALES).build()).singleValue();
        assertThat(datePicker("To").getValue()).isEqualTo(lastOrder);
        assertThat(datePicker("From").getValue()).isEqualTo(lastOrder.minusDays(89));
    }

    private Row directAggregate(LocalDate from, LocalDate to, String region) {
        return warehouse.query(new SqlBuilder(warehouse.dialect())
                .sql("SELECT coalesce(sum(revenue), 0) AS revenue, coalesce(sum(units), 0) AS units, count(*) AS orders FROM ")
                .table(SalesService.SALES).sql(" WHERE order_date >= ").value(from).sql(" AND order_date <= ").value(to)
                .sql(" AND region = ").value(region).build()).rows().getFirst();
    }

    private static BigDecimal sumOfPoints(ChartSpec chart) {
        return chart.series().getFirst().points().stream().map(Point::y).map(y -> (BigDecimal) y)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal kpiValue(String id) {
        String text = _get(_get(KpiCard.class, spec -> spec.withId(id)), Span.class,
                spec -> spec.withClasses("lakeside-kpi-value")).getText();
        return new BigDecimal(text.replaceAll("[^0-9.-]", ""));
    }

    private static String kpiChange(String id) {
        return _get(_get(KpiCard.class, spec -> spec.withId(id)), Span.class,
                spec -> spec.withClasses("lakeside-kpi-change")).getText();
    }

    private static DatePicker datePicker(String label) {
        return _get(DatePicker.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> regionSelect() {
        return _get(Select.class, spec -> spec.withLabel("Region"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<SaleRow> grid() {
        return _get(Grid.class);
    }
}
