package dev.lakeside.fixer;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;
import dev.lakeside.warehouse.Sort;

import java.util.List;

/** Search suppliers by name and fix broken country codes: the seed article's tool, done safely. */
@Route(value = "fixer", layout = MainLayout.class)
@PageTitle("Supplier Fixer · Lakeside")
@Menu(order = 10, title = "Supplier Fixer", icon = "vaadin:wrench")
@ToolDescription("Find suppliers by name and fix country codes that are not ISO 3166-1 alpha-2, "
        + "such as \"Plnd\" or \"Poland\". Every fix is validated, checked for concurrent changes and audited.")
public class SupplierFixerView extends VerticalLayout implements BeforeEnterObserver {

    private final SupplierService service;
    private final TextField search = new TextField("Supplier name");
    private final Checkbox onlyInvalid = new Checkbox("Only invalid codes");
    private final Span matches = new Span();
    private final Grid<Supplier> grid = new Grid<>(Supplier.class, false);
    private final CountryCodeEditor editor;

    public SupplierFixerView(SupplierService service) {
        this.service = service;
        this.editor = new CountryCodeEditor(service, saved -> refresh());
        addClassName("lakeside-view");
        setSizeFull();
        add(new H2("Supplier Country Code Fixer"),
                new Paragraph("Search by name, pick a supplier, type its two-letter ISO code and save."));
        add(toolbar());
        configureGrid();
        HorizontalLayout body = new HorizontalLayout(grid, editor);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        addAndExpand(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        if (q.equals(search.getValue())) {
            refresh();
        } else {
            search.setValue(q);
        }
    }

    private HorizontalLayout toolbar() {
        search.setPlaceholder("e.g. Pol");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            refresh();
            if (e.isFromClient()) {
                keepSearchInUrl(e.getValue());
            }
        });
        onlyInvalid.addValueChangeListener(e -> refresh());
        matches.addClassName("lakeside-hint");
        HorizontalLayout toolbar = new HorizontalLayout(search, onlyInvalid, matches);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setHeightFull();
        grid.addColumn(Supplier::id).setHeader("ID").setKey("id").setSortable(true).setWidth("80px").setFlexGrow(0);
        grid.addColumn(Supplier::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(Supplier::city).setHeader("City").setKey("city").setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(SupplierFixerView::codeBadge).setHeader("Country code").setKey("country_code")
                .setSortable(true).setWidth("140px").setFlexGrow(0);
        grid.addColumn(s -> s.hasValidCountryCode() ? CountryCodes.countryName(s.countryCode()) : "Invalid code")
                .setHeader("Country").setFlexGrow(1);
        grid.asSingleSelect().addValueChangeListener(e -> editor.edit(e.getValue()));
        grid.setItems(query -> service.find(currentSearch(), query.getOffset(), query.getLimit(),
                        toSorts(query.getSortOrders())).stream(),
                query -> service.count(currentSearch()));
    }

    private static Span codeBadge(Supplier supplier) {
        String code = supplier.countryCode();
        Span badge = new Span(code == null || code.isEmpty() ? "(empty)" : supplier.hasValidCountryCode() ? code : "\"" + code + "\"");
        badge.addClassName(supplier.hasValidCountryCode() ? "code-valid" : "code-invalid");
        return badge;
    }

    private static List<Sort> toSorts(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    /** Updates the address bar so the search can be shared as a link, without navigating again. */
    private void keepSearchInUrl(String text) {
        QueryParameters parameters = text.isBlank() ? QueryParameters.empty() : QueryParameters.of("q", text);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(RouteConfiguration.forSessionScope().getUrl(SupplierFixerView.class), parameters)));
    }

    private SupplierSearch currentSearch() {
        return new SupplierSearch(search.getValue(), onlyInvalid.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        int count = service.count(currentSearch());
        matches.setText(count == 1 ? "1 supplier" : String.format("%,d suppliers", count));
    }
}
