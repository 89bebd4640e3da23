package dev.lakeside.taxi;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import dev.lakeside.cache.CacheScope;
import dev.lakeside.chart.ChartSpec;
import dev.lakeside.chart.EChart;
import dev.lakeside.chart.Point;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TaxiMapViewTest extends KaribuSpringTest {

    @Autowired
    Warehouse warehouse;
    @Autowired
    TaxiService service;

    @Test
    void chooseMonthAndTip_mapShowsAverageTipPerCell_pickupsAddUpToTheWarehouseCount() {
        UI.getCurrent().navigate("taxi");
        LocalDate start = LocalDate.of(2026, 3, 1);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Date")), start);
        _setValue(select("Span"), 31);
        _setValue(select("Cell size"), 0.01);
        _setValue(select("Colour by"), TaxiMetric.PICKUPS);

        ChartSpec pickups = _get(EChart.class).getChart();
        long shown = pickups.series().getFirst().points().stream().mapToLong(p -> p.value().longValue()).sum();
        long inWarehouse = ((Number) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ")
                .table(TaxiService.TRIPS).sql(" WHERE pickup_at >= ").value(start.atStartOfDay())
                .sql(" AND pickup_at < ").value(start.plusDays(31).atStartOfDay()).build()).singleValue()).longValue();
        assertThat(shown).isPositive().isEqualTo(inWarehouse);

        _setValue(select("Colour by"), TaxiMetric.TIP);

        ChartSpec tips = _get(EChart.class).getChart();
        assertThat(tips.title()).startsWith("Average tip");
        PickupDensity density = service.density(new DensityQuery(start, 31, 0.01), CacheScope.SHARED);
        assertThat(tips.series().getFirst().points()).extracting(Point::value)
                .containsExactlyElementsOf(density.cells().stream().map(c -> (Number) c.averageTip()).toList());
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String label) {
        return _get(Select.class, spec -> spec.withLabel(label));
    }
}
