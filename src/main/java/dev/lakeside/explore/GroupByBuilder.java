package dev.lakeside.explore;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.lakeside.chart.ChartType;
import dev.lakeside.explore.Measure.Aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Picks dimensions, measures and a chart type; the view runs the group-by when asked. */
class GroupByBuilder extends VerticalLayout {

    /** What the user asked for. */
    record Grouping(List<String> groupBy, List<Measure> measures, ChartType chart) {
    }

    interface Listener {
        void grouped(Grouping grouping);
    }

    private final MultiSelectComboBox<String> dimensions = new MultiSelectComboBox<>("Group by");
    private final Select<Aggregate> aggregate = new Select<>();
    private final ComboBox<String> measureColumn = new ComboBox<>("Of column");
    private final Select<ChartType> chart = new Select<>();
    private final FlexLayout chips = new FlexLayout();
    private final List<Measure> measures = new ArrayList<>();
    private final Listener listener;

    GroupByBuilder(TableSchema schema, Listener listener) {
        this.listener = listener;
        setPadding(false);
        setSpacing(false);
        dimensions.setItems(schema.columnNames());
        aggregate.setLabel("Measure");
        aggregate.setItems(Aggregate.values());
        aggregate.setItemLabelGenerator(Aggregate::label);
        aggregate.setValue(Aggregate.SUM);
        measureColumn.setItems(schema.columnNames());
        measureColumn.setPlaceholder("rows");
        chart.setLabel("Chart");
        chart.setItems(GroupChart.TYPES);
        chart.setItemLabelGenerator(t -> t.name().replace('_', ' ').toLowerCase(Locale.ROOT));
        chart.setValue(ChartType.BAR);
        Button addMeasure = new Button("Add measure", e -> addMeasure());
        Button run = new Button("Run group-by", e -> run());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button("Clear grouping", e -> {
            measures.clear();
            dimensions.clear();
            showMeasures();
            listener.grouped(new Grouping(List.of(), List.of(), chart.getValue()));
        });
        HorizontalLayout row = new HorizontalLayout(dimensions, aggregate, measureColumn, addMeasure, chart, run, clear);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        chips.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chips.addClassName("explore-chips");
        add(row, chips);
    }

    /** Shows the grouping of a state, such as one read from a link. */
    void show(ExploreState state) {
        dimensions.setValue(state.groupBy());
        measures.clear();
        measures.addAll(state.measures());
        chart.setValue(state.chart());
        showMeasures();
    }

    private void addMeasure() {
        Aggregate chosen = aggregate.getValue();
        String column = measureColumn.getValue();
        if (chosen == null || column == null && chosen != Aggregate.COUNT) {
            measureColumn.setErrorMessage(chosen == null ? "Pick a measure" : chosen.label() + " needs a column");
            measureColumn.setInvalid(true);
            return;
        }
        measureColumn.setInvalid(false);
        Measure measure = new Measure(chosen, column);
        if (!measures.contains(measure)) {
            measures.add(measure);
        }
        showMeasures();
    }

    private void run() {
        if (measures.isEmpty()) {
            addMeasure();
        }
        if (!measures.isEmpty()) {
            listener.grouped(new Grouping(List.copyOf(dimensions.getSelectedItems()), List.copyOf(measures),
                    chart.getValue()));
        }
    }

    private void showMeasures() {
        chips.removeAll();
        for (Measure measure : List.copyOf(measures)) {
            Button remove = new Button("×", e -> {
                measures.remove(measure);
                showMeasures();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel("Remove " + measure.label());
            Span chip = new Span(new Span(measure.label()), remove);
            chip.getElement().getThemeList().add("badge pill");
            chips.add(chip);
        }
    }
}
