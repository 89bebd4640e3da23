package dev.lakeside.explore;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.lakeside.chart.ChartType;
import dev.lakeside.chart.EChart;
import dev.lakeside.warehouse.Row;

/** The group-by result as a chart above a table of the same rows. */
class GroupResultPanel extends VerticalLayout {

    private final EChart chart = new EChart();
    private final Grid<Row> table = new Grid<>();
    private final Span note = new Span();

    GroupResultPanel() {
        setPadding(false);
        chart.setHeight("320px");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.setMaxHeight("360px");
        table.addClassName("explore-group-grid");
        note.addClassName("explore-note");
        chart.setWidth("60%");
        table.setWidth("40%");
        HorizontalLayout side = new HorizontalLayout(chart, table);
        side.setWidthFull();
        add(note, side);
        setVisible(false);
    }

    void show(GroupResult result, ChartType type, String title) {
        table.removeAllColumns();
        for (String dimension : result.dimensions()) {
            table.addColumn(row -> Cells.text(row.get(dimension))).setHeader(dimension).setKey(dimension)
                    .setSortable(true).setResizable(true);
        }
        for (Measure measure : result.measures()) {
            table.addColumn(row -> Cells.text(row.get(measure.alias()))).setHeader(measure.label())
                    .setKey(measure.alias()).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                    .setResizable(true);
        }
        table.setItems(result.rows().rows());
        chart.setChart(GroupChart.of(result, type, title));
        note.setText(result.truncated() ? "Showing the first " + ExploreService.MAX_GROUPS + " groups." : "");
        note.setVisible(result.truncated());
        setVisible(true);
    }

    void clear() {
        table.setItems(java.util.List.of());
        setVisible(false);
    }
}
