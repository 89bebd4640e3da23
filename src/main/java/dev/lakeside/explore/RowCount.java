package dev.lakeside.explore;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.OptionalLong;

/**
 * The row count, only where it is cheap: the catalog's estimate for an unfiltered table. With
 * filters the exact count is a full scan, so it runs only when the user asks for it.
 */
class RowCount extends HorizontalLayout {

    private final ExploreService service;
    private final Span text = new Span();
    private final Button count = new Button("Count rows");
    private TableSchema schema;
    private ExploreState state;

    RowCount(ExploreService service, QueryProgress progress) {
        this.service = service;
        count.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        text.addClassName("explore-count");
        setAlignItems(Alignment.BASELINE);
        add(text, count, progress);
        addDetachListener(e -> progress.stop());
        count.addClickListener(e -> {
            ExploreState counted = state;
            progress.run("Counting rows", handle -> service.count(schema, counted, handle), rows -> {
                if (counted.equals(state)) {
                    text.setText(Cells.count(rows) + " matching rows");
                    count.setVisible(false);
                }
            });
        });
    }

    void show(TableSchema schema, ExploreState state) {
        this.schema = schema;
        this.state = state;
        OptionalLong cheap = service.cheapCount(schema, state);
        text.setText(cheap.isPresent() ? "≈ " + Cells.count(cheap.getAsLong()) + " rows" : "");
        count.setVisible(cheap.isEmpty());
    }

    String text() {
        return text.getText();
    }
}
