package dev.lakeside.sales;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.lakeside.chart.EChart;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/** The seed's sales dashboard: pick a date range and region, see KPIs, two charts and the rows. */
@Route(value = "sales", layout = MainLayout.class)
@PageTitle("Sales dashboard · Lakeside")
@Menu(order = 40, title = "Sales dashboard", icon = "vaadin:chart")
@ToolDescription("Revenue, units and orders for any date range and region, against the previous period, "
        + "with revenue over time, revenue by product and the order lines behind them.")
public class SalesDashboardView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALL_REGIONS = "All regions";

    private final SalesService service;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<String> region = new Select<>();
    private final KpiCard revenue = new KpiCard("kpi-revenue", "Revenue", KpiCard::money);
    private final KpiCard units = new KpiCard("kpi-units", "Units", KpiCard::count);
    private final KpiCard orders = new KpiCard("kpi-orders", "Orders", KpiCard::count);
    private final EChart overTime = new EChart();
    private final EChart byProduct = new EChart();
    private final Span rowCount = new Span();
    private final SaleLinesGrid grid;
    private SalesFilter filter;
    private boolean settingRange;

    public SalesDashboardView(SalesService service) {
        this.service = service;
        this.grid = new SaleLinesGrid(service);
        addClassName("lakeside-view");
        SalesService.DateRange bounds = service.dateBounds();
        LocalDate last = bounds == null ? LocalDate.now() : bounds.last();
        add(new H2("Sales dashboard"), toolbar(bounds, last));
        Div kpis = new Div(revenue, units, orders);
        kpis.addClassName("lakeside-kpis");
        Div charts = new Div(overTime, byProduct);
        charts.addClassName("lakeside-chart-row");
        rowCount.addClassName("lakeside-hint");
        add(kpis, charts, rowCount, grid);
        setRange(last.minusDays(89), last);
    }

    /** Opens the range and region of a shared link: {@code /sales?from=2026-01-01&to=2026-03-31&region=West}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<LocalDate> start = date(parameters, "from");
        Optional<LocalDate> end = date(parameters, "to");
        parameters.getSingleParameter("region").filter(region.getListDataView().getItems().toList()::contains)
                .ifPresent(r -> {
                    settingRange = true;
                    region.setValue(r);
                    settingRange = false;
                });
        if (start.isPresent() && end.isPresent()) {
            setRange(start.get(), end.get());
        } else {
            refresh();
        }
    }

    private static Optional<LocalDate> date(QueryParameters parameters, String name) {
        try {
            return parameters.getSingleParameter(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Keeps the address bar in step with the dashboard, so the view can be shared as a link. */
    private void keepStateInUrl() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("from", filter.from().toString());
        state.put("to", filter.to().toString());
        if (filter.region() != null) {
            state.put("region", filter.region());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(
                RouteConfiguration.forSessionScope().getUrl(SalesDashboardView.class), QueryParameters.simple(state))));
    }

    private HorizontalLayout toolbar(SalesService.DateRange bounds, LocalDate last) {
        if (bounds != null) {
            from.setMin(bounds.first());
            from.setMax(bounds.last());
            to.setMin(bounds.first());
            to.setMax(bounds.last());
        }
        region.setLabel("Region");
        List<String> regions = new ArrayList<>(List.of(ALL_REGIONS));
        regions.addAll(service.regions());
        region.setItems(regions);
        region.setValue(ALL_REGIONS);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(from, to, region,
                preset("Last 30 days", last.minusDays(29), last),
                preset("Last quarter", last.minusDays(89), last),
                preset("Last 12 months", last.minusMonths(12).plusDays(1), last),
                preset("All", bounds == null ? last : bounds.first(), last));
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    private Button preset(String label, LocalDate start, LocalDate end) {
        Button button = new Button(label, e -> setRange(start, end));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** Sets both dates, then refreshes once rather than once per date. */
    private void setRange(LocalDate start, LocalDate end) {
        settingRange = true;
        try {
            from.setValue(start);
            to.setValue(end);
        } finally {
            settingRange = false;
        }
        refresh();
    }

    private void refresh() {
        if (settingRange || from.getValue() == null || to.getValue() == null) {
            return;
        }
        if (to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("The end is before the start");
            return;
        }
        to.setInvalid(false);
        String chosen = region.getValue();
        filter = new SalesFilter(from.getValue(), to.getValue(), ALL_REGIONS.equals(chosen) ? null : chosen);
        SalesKpis kpis = service.kpis(filter);
        revenue.show(kpis.revenue(), filter.days());
        units.show(kpis.units(), filter.days());
        orders.show(kpis.orders(), filter.days());
        overTime.setChart(SalesCharts.revenueOverTime(service.revenueOverTime(filter), filter.bucket()));
        byProduct.setChart(SalesCharts.revenueByProduct(service.revenueByProduct(filter)));
        rowCount.setText(String.format("%,d order lines", service.count(filter)));
        grid.show(filter);
        keepStateInUrl();
    }
}
