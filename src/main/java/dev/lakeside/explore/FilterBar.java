package dev.lakeside.explore;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.lakeside.catalog.ColumnEntry;
import dev.lakeside.catalog.ColumnKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Adds and removes filters. The editor follows the chosen column's type: text contains or a value
 * list for text, a range for numbers and dates, a value list for anything else.
 */
class FilterBar extends VerticalLayout {

    private final ComboBox<ColumnEntry> column = new ComboBox<>("Column");
    private final TextField contains = new TextField("Contains");
    private final MultiSelectComboBox<String> oneOf = new MultiSelectComboBox<>("Is one of");
    private final BigDecimalField fromNumber = new BigDecimalField("From");
    private final BigDecimalField toNumber = new BigDecimalField("To");
    private final DatePicker fromDate = new DatePicker("From");
    private final DatePicker toDate = new DatePicker("To");
    private final Button add = new Button("Add filter");
    private final FlexLayout chips = new FlexLayout();
    private final Consumer<String> onRemove;

    FilterBar(TableSchema schema, ExploreService service, Consumer<ColumnFilter> onAdd, Consumer<String> onRemove) {
        setPadding(false);
        setSpacing(false);
        column.setItems(schema.columns());
        column.setItemLabelGenerator(c -> c.name() + " (" + c.type().toLowerCase() + ")");
        column.addValueChangeListener(e -> showEditor(e.getValue(), schema, service));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            ColumnFilter filter = filter();
            if (filter != null) {
                onAdd.accept(filter);
            }
        });
        this.onRemove = onRemove;
        HorizontalLayout editor = new HorizontalLayout(column, contains, oneOf, fromNumber, toNumber, fromDate, toDate, add);
        editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        editor.setWrap(true);
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.addClassName("explore-chips");
        add(editor, chips);
        showEditor(null, schema, service);
    }

    /** Shows the active filters as chips, each with a remove button. */
    void showFilters(List<ColumnFilter> filters) {
        chips.removeAll();
        filters.forEach(f -> chips.add(chip(f)));
    }

    private Component chip(ColumnFilter filter) {
        Button remove = new Button("×", e -> onRemove.accept(filter.column()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove filter on " + filter.column());
        Span chip = new Span(new Span(describe(filter)), remove);
        chip.getElement().getThemeList().add("badge contrast pill");
        return chip;
    }

    static String describe(ColumnFilter filter) {
        return switch (filter) {
            case ColumnFilter.Contains c -> c.column() + " contains \"" + c.text() + "\"";
            case ColumnFilter.AnyOf a -> a.column() + " is one of " + String.join(", ", a.values());
            case ColumnFilter.Range r -> r.column() + (r.from() == null ? "" : " ≥ " + r.from())
                    + (r.to() == null ? "" : " ≤ " + r.to());
        };
    }

    private void showEditor(ColumnEntry chosen, TableSchema schema, ExploreService service) {
        ColumnKind kind = chosen == null ? null : chosen.kind();
        contains.setVisible(kind == ColumnKind.TEXT);
        oneOf.setVisible(kind == ColumnKind.TEXT || kind == ColumnKind.BOOLEAN || kind == ColumnKind.OTHER);
        fromNumber.setVisible(kind == ColumnKind.NUMBER);
        toNumber.setVisible(kind == ColumnKind.NUMBER);
        fromDate.setVisible(kind == ColumnKind.DATE || kind == ColumnKind.TIMESTAMP);
        toDate.setVisible(kind == ColumnKind.DATE || kind == ColumnKind.TIMESTAMP);
        add.setEnabled(chosen != null);
        contains.clear();
        oneOf.clear();
        fromNumber.clear();
        toNumber.clear();
        fromDate.clear();
        toDate.clear();
        if (oneOf.isVisible()) {
            oneOf.setItems(service.distinctValues(schema, chosen.name()));
        }
    }

    private ColumnFilter filter() {
        ColumnEntry chosen = column.getValue();
        if (chosen == null) {
            return null;
        }
        String name = chosen.name();
        return switch (chosen.kind()) {
            case NUMBER -> range(name, text(fromNumber.getValue()), text(toNumber.getValue()));
            case DATE, TIMESTAMP -> range(name, text(fromDate.getValue()), text(toDate.getValue()));
            case TEXT -> !oneOf.getValue().isEmpty() ? new ColumnFilter.AnyOf(name, List.copyOf(oneOf.getValue()))
                    : contains.getValue().isEmpty() ? null : new ColumnFilter.Contains(name, contains.getValue());
            case BOOLEAN, OTHER -> oneOf.getValue().isEmpty() ? null
                    : new ColumnFilter.AnyOf(name, List.copyOf(oneOf.getValue()));
        };
    }

    private static ColumnFilter range(String column, String from, String to) {
        return from == null && to == null ? null : new ColumnFilter.Range(column, from, to);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String text(LocalDate value) {
        return Objects.toString(value, null);
    }
}
