package dev.lakeside.sales;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import dev.lakeside.warehouse.Sort;

import java.util.List;
import java.util.stream.Stream;

/** The order lines behind the dashboard: a lazy grid, paged and sorted in the warehouse. */
class SaleLinesGrid extends Grid<SaleRow> {

    private SalesFilter filter;

    SaleLinesGrid(SalesService service) {
        super(SaleRow.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setHeight("420px");
        addColumn(SaleRow::orderId).setHeader("Order").setKey("order_id").setSortable(true).setAutoWidth(true);
        addColumn(SaleRow::orderDate).setHeader("Date").setKey("order_date").setSortable(true).setAutoWidth(true);
        addColumn(SaleRow::region).setHeader("Region").setKey("region").setSortable(true);
        addColumn(SaleRow::product).setHeader("Product").setKey("product").setSortable(true).setFlexGrow(2);
        addColumn(SaleRow::category).setHeader("Category").setKey("category").setSortable(true);
        addColumn(SaleRow::units).setHeader("Units").setKey("units").setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        addColumn(r -> KpiCard.money(r.unitPrice())).setHeader("Unit price").setKey("unit_price")
                .setSortable(true).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> KpiCard.money(r.revenue())).setHeader("Revenue").setKey("revenue").setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        setItems(q -> filter == null ? Stream.empty()
                        : service.rows(filter, q.getOffset(), q.getLimit(), toSorts(q.getSortOrders())).stream(),
                q -> filter == null ? 0 : service.count(filter));
    }

    /** Shows the lines of this filter, from the first page. */
    void show(SalesFilter filter) {
        this.filter = filter;
        getDataProvider().refreshAll();
    }

    private static List<Sort> toSorts(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }
}
