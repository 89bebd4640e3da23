package dev.lakeside.explore;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.QueryParameters;
import dev.lakeside.catalog.TableEntry;
import dev.lakeside.warehouse.TableName;

import java.util.List;

/** Chooses the table to explore among the catalog's tables; choosing one opens it. */
class TablePicker extends ComboBox<TableEntry> {

    /** Shows the open table as the picker's value. */
    void show(TableName table) {
        setValue(getListDataView().getItems().filter(t -> t.tableName().map(table::equals).orElse(false))
                .findFirst().orElse(null));
    }

    TablePicker(List<TableEntry> tables) {
        super("Table");
        setItems(tables);
        setItemLabelGenerator(t -> t.schema() + "." + t.name());
        setPlaceholder("schema.table");
        setWidth("22em");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(ExploreView.class,
                        QueryParameters.of("table", e.getValue().schema() + "." + e.getValue().name()));
            }
        });
    }
}
