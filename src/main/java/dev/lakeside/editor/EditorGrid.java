package dev.lakeside.editor;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import dev.lakeside.warehouse.Sort;

import java.util.List;
import java.util.function.Supplier;

/**
 * The lazy grid of a tool's table: pages, sort and search pushed to the warehouse; pending edits
 * shown in place and marked (part {@code pending-cell}; deleted rows {@code pending-delete}).
 */
class EditorGrid extends Grid<EditorRow> {

    EditorGrid(EditorTool tool, EditorService service, PendingChanges pending, Supplier<EditorSearch> search) {
        super(EditorRow.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setHeightFull();
        for (String column : tool.columns()) {
            Column<EditorRow> gridColumn = addColumn(row -> ValueText.format(pending.shown(row).get(column)))
                    .setHeader(Headers.of(column)).setKey(column).setSortable(true).setResizable(true);
            boolean ruled = tool.rule(column).hasAllowedValues();
            gridColumn.setPartNameGenerator(row -> partNames(pending.isEdited(row, column),
                    ruled && service.rules().problem(tool, column, pending.shown(row).get(column)).isPresent()));
            if (ruled) {
                // A vocabulary can say what a value means, e.g. "PL (Poland)".
                java.util.Optional<Vocabulary> vocabulary = service.rules().vocabulary(tool, column);
                gridColumn.setTooltipGenerator(row -> pending.isEdited(row, column)
                        ? "Was: " + ValueText.format(row.get(column))
                        : vocabulary.map(v -> v.describe(ValueText.format(pending.shown(row).get(column)))).orElse(null));
            }
        }
        setPartNameGenerator(row -> pending.isDeleted(row) ? "pending-delete" : null);
        setItems(query -> service.find(tool, search.get(), query.getOffset(), query.getLimit(),
                        sorts(query.getSortOrders())).stream(),
                query -> service.count(tool, search.get()));
    }

    private static String partNames(boolean pending, boolean invalid) {
        String names = (pending ? "pending-cell " : "") + (invalid ? "invalid-cell" : "");
        return names.isBlank() ? null : names.strip();
    }

    private static List<Sort> sorts(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new Sort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }
}
