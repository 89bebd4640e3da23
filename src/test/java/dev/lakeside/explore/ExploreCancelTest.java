package dev.lakeside.explore;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ExploreCancelTest extends ExploreStory {

    @Test
    void slowGroupBy_clearGrouping_stopsItAndTheResultNeverComesBack() throws InterruptedException {
        run("CREATE OR REPLACE VIEW main.slow_pairs AS SELECT a.range AS a, b.range AS b"
                + " FROM range(200000) a, range(200000) b");
        open("table=main.slow_pairs&group=a&measure=count_distinct.b");
        assertThat(status()).isEqualTo("Running the group-by…");

        _click(_get(Button.class, spec -> spec.withText("Clear grouping")));
        Thread.sleep(300);
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(Button.class, spec -> spec.withText("Cancel"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withClasses("explore-group-grid"))).isEmpty();
        assertThat(link()).doesNotContain("group=");
    }

    @Test
    void slowGroupBy_showsProgress_cancelStopsTheStatement() throws InterruptedException {
        // 40 billion rows: runs for many minutes unless the statement is really stopped.
        run("CREATE OR REPLACE VIEW main.slow_pairs AS SELECT a.range AS a, b.range AS b"
                + " FROM range(200000) a, range(200000) b");
        open("table=main.slow_pairs&group=a&measure=count_distinct.b");

        assertThat(status()).isEqualTo("Running the group-by…");
        _click(_get(Button.class, spec -> spec.withText("Cancel")));
        awaitQueries();

        assertThat(_find(Button.class, spec -> spec.withText("Cancel"))).isEmpty();
        assertThat(status()).isEqualTo(WarehouseException.Reason.CANCELLED.userMessage());
        assertThat(warehouse.last("GROUP BY \"a\"").sql()).contains("count(DISTINCT \"b\")")
                .contains("FROM \"main\".\"slow_pairs\"");
    }
}
