package dev.lakeside.taxi;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.lakeside.chart.EChart;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;

import java.time.LocalDate;
import java.util.List;

/** The seed's NYC taxi data product: where pickups happen, coloured by trips, fare, tip or distance. */
@Route(value = "taxi", layout = MainLayout.class)
@PageTitle("NYC taxi pickups · Lakeside")
@Menu(order = 41, title = "NYC taxi pickups", icon = "vaadin:taxi")
@ToolDescription("A density map of NYC taxi pickups for a day or more, coloured by trips, fare, tip or distance, "
        + "aggregated into grid cells in the warehouse. The same data is served as JSON at /api/taxi.")
public class TaxiMapView extends VerticalLayout {

    private final TaxiService service;
    private final CurrentUser currentUser;
    private final DatePicker date = new DatePicker("Date");
    private final Select<Integer> days = new Select<>();
    private final Select<TaxiMetric> metric = new Select<>();
    private final Select<Double> cell = new Select<>();
    private final Span summary = new Span();
    private final EChart map = new EChart();

    public TaxiMapView(TaxiService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
        addClassName("lakeside-view");
        TaxiService.TripDays tripDays = service.tripDays(currentUser.cacheScope());
        date.setMin(tripDays.first());
        date.setMax(tripDays.last());
        date.setValue(tripDays.last() != null ? tripDays.last().minusDays(6) : LocalDate.now());
        days.setLabel("Span");
        days.setItems(1, 7, 31);
        days.setItemLabelGenerator(d -> d == 1 ? "1 day" : d + " days");
        days.setValue(7);
        metric.setLabel("Colour by");
        metric.setItems(TaxiMetric.values());
        metric.setItemLabelGenerator(TaxiMetric::label);
        metric.setValue(TaxiMetric.PICKUPS);
        cell.setLabel("Cell size");
        cell.setItems(List.of(0.0025, 0.005, 0.01, 0.02));
        cell.setItemLabelGenerator(c -> c + "°");
        cell.setValue(0.005);
        date.addValueChangeListener(e -> refresh());
        days.addValueChangeListener(e -> refresh());
        metric.addValueChangeListener(e -> refresh());
        cell.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(date, days, metric, cell, summary);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        summary.addClassName("lakeside-hint");
        map.setHeight("680px");
        add(new H2("NYC taxi pickups"),
                new Paragraph("Pickups are counted and averaged per grid cell in the warehouse; only the cells "
                        + "travel to the browser. The same aggregates: GET /api/taxi/pickup-density."),
                toolbar, map);
        refresh();
    }

    private void refresh() {
        if (date.getValue() == null) {
            return;
        }
        PickupDensity density = service.density(new DensityQuery(date.getValue(), days.getValue(), cell.getValue()),
                currentUser.cacheScope());
        summary.setText(String.format("%,d trips in %,d cells", density.trips(), density.cells().size()));
        map.setChart(DensityMap.of(density, metric.getValue()));
    }
}
