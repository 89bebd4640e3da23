package dev.lakeside.explore;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Shared steps of the explorer stories, on the real warehouse behind a recording decorator. */
@Import(RecordingWarehouse.Config.class)
abstract class ExploreStory extends KaribuSpringTest {

    @Autowired
    RecordingWarehouse warehouse;

    void open(String queryString) {
        UI.getCurrent().navigate("explore", QueryParameters.fromString(queryString));
    }

    @SuppressWarnings("unchecked")
    Grid<Row> grid() {
        return _get(Grid.class, spec -> spec.withClasses("explore-grid"));
    }

    @SuppressWarnings("unchecked")
    Grid<Row> groupGrid() {
        return _get(Grid.class, spec -> spec.withClasses("explore-group-grid"));
    }

    String link() {
        return _get(TextField.class, spec -> spec.withLabel("Link to this view")).getValue();
    }

    String status() {
        return _get(Span.class, spec -> spec.withClasses("explore-status")).getText();
    }

    /** Lets background queries finish and their results reach the view, as the page's polling would. */
    void awaitQueries() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!_find(Button.class, spec -> spec.withText("Cancel")).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.clientRoundtrip(false);
        }
    }

    void run(String trustedSql) {
        warehouse.update(new SqlBuilder(warehouse.dialect()).sql(trustedSql).build());
    }
}
