package dev.lakeside.catalog;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;

import java.util.Locale;

/**
 * Browses what the current warehouse holds: catalogs, schemas, tables with their cheap row
 * counts, and the columns of the chosen table. A table opens in the explorer.
 */
@Route(value = "catalog", layout = MainLayout.class)
@PageTitle("Catalog · Lakeside")
@Menu(order = 30, title = "Catalog", icon = "vaadin:database")
@ToolDescription("Browse the warehouse's catalogs, schemas, tables and columns; open any table in the explorer.")
public class CatalogView extends SplitLayout {

    private final WarehouseCatalog catalog;
    private final String currentCatalog;
    private final TreeData<CatalogNode> tree = new TreeData<>();
    private TreeDataProvider<CatalogNode> nodes;
    private final TreeGrid<CatalogNode> treeGrid = new TreeGrid<>();
    private final TextField search = new TextField();
    private final H3 tableTitle = new H3("Choose a table");
    private final Span tableInfo = new Span();
    private final Button open = new Button("Open in explorer", VaadinIcon.GRID_BIG.create());
    private final Grid<ColumnEntry> columns = new Grid<>();

    public CatalogView(WarehouseCatalog catalog) {
        this.catalog = catalog;
        this.currentCatalog = catalog.currentCatalog();
        setSizeFull();
        setSplitterPosition(55);
        load();
        search.setPlaceholder("Search tables");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> filter(e.getValue()));
        treeGrid.setTreeData(tree);
        nodes = (TreeDataProvider<CatalogNode>) treeGrid.getDataProvider();
        treeGrid.addHierarchyColumn(CatalogNode::label).setHeader("Name").setWidth("19em").setFlexGrow(0)
                .setResizable(true);
        treeGrid.addColumn(CatalogNode::kind).setHeader("Kind").setWidth("6em").setFlexGrow(0);
        treeGrid.addColumn(n -> n.table() == null ? "" : n.table().rowCount().map(CatalogView::rows).orElse(""))
                .setHeader("Rows (est.)").setTextAlign(ColumnTextAlign.END).setWidth("8em").setFlexGrow(0);
        treeGrid.addColumn(n -> n.table() == null || n.table().comment() == null ? "" : n.table().comment())
                .setHeader("Comment").setFlexGrow(1);
        treeGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        treeGrid.expandRecursively(tree.getRootItems(), 2);
        treeGrid.asSingleSelect().addValueChangeListener(e -> showTable(e.getValue()));
        treeGrid.addItemDoubleClickListener(e -> openInExplorer(e.getItem().table()));
        columns.addColumn(ColumnEntry::name).setHeader("Column").setResizable(true);
        columns.addColumn(ColumnEntry::type).setHeader("Type").setResizable(true);
        columns.addColumn(c -> c.nullable() ? "yes" : "no").setHeader("Nullable").setFlexGrow(0).setWidth("7em");
        columns.addColumn(c -> c.comment() == null ? "" : c.comment()).setHeader("Comment");
        columns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setEnabled(false);
        open.addClickListener(e -> openInExplorer(treeGrid.asSingleSelect().getValue().table()));
        VerticalLayout left = new VerticalLayout(search, treeGrid);
        left.setSizeFull();
        HorizontalLayout heading = new HorizontalLayout(tableTitle, open);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        VerticalLayout right = new VerticalLayout(heading, tableInfo, columns);
        right.setSizeFull();
        addToPrimary(left);
        addToSecondary(right);
    }

    private void load() {
        for (String name : catalog.catalogs()) {
            CatalogNode catalogNode = CatalogNode.ofCatalog(name);
            tree.addItem(null, catalogNode);
            for (String schema : catalog.schemas(name)) {
                CatalogNode schemaNode = CatalogNode.ofSchema(name, schema);
                tree.addItem(catalogNode, schemaNode);
                catalog.tables(name, schema).forEach(t -> tree.addItem(schemaNode, CatalogNode.ofTable(t)));
            }
        }
    }

    /** Keeps tables that match and the schemas and catalogs above them. */
    private void filter(String text) {
        if (text == null || text.isBlank()) {
            nodes.clearFilters();
        } else {
            nodes.setFilter(node -> node.table() == null ? tree.getChildren(node).stream().anyMatch(this::anyMatch)
                    : node.matches(text.strip()));
        }
        treeGrid.expandRecursively(tree.getRootItems(), 2);
    }

    private boolean anyMatch(CatalogNode node) {
        return node.table() != null ? node.matches(search.getValue().strip())
                : tree.getChildren(node).stream().anyMatch(this::anyMatch);
    }

    private void showTable(CatalogNode node) {
        TableEntry table = node == null ? null : node.table();
        open.setEnabled(openable(table));
        if (table == null) {
            tableTitle.setText("Choose a table");
            tableInfo.setText("");
            columns.setItems(java.util.List.of());
            return;
        }
        tableTitle.setText(table.qualifiedName());
        tableInfo.setText(table.kind().name().toLowerCase(Locale.ROOT)
                + table.rowCount().map(r -> " · about " + rows(r) + " rows").orElse("")
                + (table.comment() == null ? "" : " · " + table.comment()));
        columns.setItems(table.tableName().map(name -> catalog.columns(table.catalog(), name)).orElse(java.util.List.of()));
    }

    /** The explorer reads tables of the current catalog by their two-part name. */
    private boolean openable(TableEntry table) {
        return table != null && table.catalog().equals(currentCatalog) && table.tableName().isPresent();
    }

    private void openInExplorer(TableEntry table) {
        if (openable(table)) {
            UI.getCurrent().navigate("explore", QueryParameters.of("table", table.tableName().orElseThrow().toString()));
        }
    }

    private static String rows(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
