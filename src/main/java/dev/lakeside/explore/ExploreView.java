package dev.lakeside.explore;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import dev.lakeside.catalog.ColumnKind;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.Sort;

import java.util.List;

/**
 * The table explorer: a lazy grid over any catalog table with filters and sort pushed down, a
 * group-by with chart, CSV export, and the whole state in the URL.
 */
@Route(value = "explore", layout = MainLayout.class)
@PageTitle("Explore · Lakeside")
@Menu(order = 31, title = "Explore", icon = "vaadin:grid-big")
@ToolDescription("Slice any table: filters, sort, group-by with a chart, CSV export of any size, all in a shareable link.")
public class ExploreView extends VerticalLayout implements BeforeEnterObserver {

    /** What the view shows; read by the CSV download from its own request thread. */
    record Shown(TableSchema schema, ExploreState state) {
    }

    private final ExploreService service;
    private final BackgroundQueries queries;
    private final QueryProgress progress;
    private final TablePicker picker;
    private final VerticalLayout body = new VerticalLayout();
    private final Span message = new Span();
    private final HorizontalLayout header = new HorizontalLayout();
    private final TextField link = new TextField("Link to this view");
    private volatile Shown shown;
    private final Grid<Row> grid = new Grid<>();
    private FilterBar filters;
    private GroupByBuilder grouping;
    private GroupResultPanel groups;
    private RowCount rowCount;

    public ExploreView(ExploreService service, BackgroundQueries queries) {
        this.service = service;
        this.queries = queries;
        this.progress = new QueryProgress(queries);
        // A query nobody will see is not left running until its timeout.
        addDetachListener(e -> progress.stop());
        setSizeFull();
        message.addClassName("explore-message");
        link.setReadOnly(true);
        link.setWidthFull();
        body.setPadding(false);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true);
        grid.setHeight("360px");
        grid.addClassName("explore-grid");
        grid.addSortListener(e -> {
            if (e.isFromClient()) {
                apply(shown.state().withSorts(sortsOf(e.getSortOrder())), false);
            }
        });
        picker = new TablePicker(service.tables());
        HorizontalLayout top = new HorizontalLayout(picker, header);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(top, message, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            open(ExploreState.parse(event.getLocation().getQueryParameters().getParameters()));
        } catch (IllegalArgumentException e) {
            show(e.getMessage());
        }
    }

    private void open(ExploreState state) {
        body.removeAll();
        header.removeAll();
        if (state.table() == null) {
            show("Choose a table above, or open one from the Catalog.");
            return;
        }
        TableSchema schema = service.describe(state.table());
        service.validate(schema, state);
        show("");
        shown = new Shown(schema, state);
        filters = new FilterBar(schema, service, f -> apply(shown.state().withFilter(f), true),
                column -> apply(shown.state().withoutFilter(column), true));
        grouping = new GroupByBuilder(schema, g -> apply(shown.state().withGrouping(g.groupBy(), g.measures(), g.chart()), true));
        groups = new GroupResultPanel();
        // Its own progress: counting must not cancel a running group-by, nor the other way round.
        rowCount = new RowCount(service, new QueryProgress(queries));
        grid.removeAllColumns();
        schema.columns().forEach(c -> grid.addColumn(row -> Cells.text(row.get(c.name()))).setHeader(c.name())
                .setKey(c.name()).setSortProperty(c.name()).setResizable(true).setAutoWidth(true)
                .setTextAlign(c.kind() == ColumnKind.NUMBER ? ColumnTextAlign.END : ColumnTextAlign.START));
        grid.setItems(query -> service.page(shown.schema(), shown.state().withSorts(sorts(query.getSortOrders())),
                query.getOffset(), query.getLimit()).stream());
        grid.sort(state.sorts().stream().map(s -> new GridSortOrder<>(grid.getColumnByKey(s.column()),
                s.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)).toList());
        Anchor export = new Anchor(new CsvDownload(service, () -> shown), "Export CSV");
        export.getElement().setAttribute("download", true);
        picker.show(schema.name());
        header.removeAll();
        header.add(new H2(schema.name().toString()), rowCount, export);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        body.add(filters, grid, new H3("Group by"), grouping, progress, groups, link);
        grouping.show(state);
        apply(state, true);
    }

    private void apply(ExploreState state, boolean refresh) {
        shown = new Shown(shown.schema(), state);
        filters.showFilters(state.filters());
        rowCount.show(shown.schema(), state);
        String query = state.toQueryString();
        link.setValue("explore?" + query);
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("explore", QueryParameters.fromString(query)));
        if (refresh) {
            grid.getDataProvider().refreshAll();
            runGrouping(state);
        }
    }

    private void runGrouping(ExploreState state) {
        if (!state.grouped()) {
            progress.stop();
            groups.clear();
            return;
        }
        TableSchema schema = shown.schema();
        progress.run("Running the group-by", handle -> service.group(schema, state, handle),
                result -> groups.show(result, state.chart(), schema.name() + ": " + String.join(", ",
                        state.measures().stream().map(Measure::label).toList())));
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }

    private static List<Sort> sorts(List<? extends com.vaadin.flow.data.provider.SortOrder<String>> orders) {
        return orders.stream().map(o -> new Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private static List<Sort> sortsOf(List<GridSortOrder<Row>> orders) {
        return orders.stream().map(o -> new Sort(o.getSorted().getKey(), o.getDirection() == SortDirection.ASCENDING))
                .toList();
    }
}
