package dev.lakeside.annotate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review story's annotators and page helpers, shared by the review test on the warehouse and on
 * Lakebase: two annotators label the same six items, then a reviewer works on the review page.
 */
final class ReviewStory {

    /** Keys 1 positive, 2 neutral, 3 negative, by item id. They agree on items 1, 3, 4 and 6. */
    static final Map<String, String> ADA_KEYS = Map.of("1", "1", "2", "1", "3", "2", "4", "3", "5", "3", "6", "1");
    static final Map<String, String> BOB_KEYS = Map.of("1", "1", "2", "2", "3", "2", "4", "3", "5", "1", "6", "1");

    private ReviewStory() {
    }

    static void labelEverything(String annotator, Map<String, String> keys) {
        UI.getCurrent().navigate("");
        AnnotateTest.signInAs(annotator);
        UI.getCurrent().navigate("annotate/pair");
        for (int i = 0; i < keys.size(); i++) {
            fireShortcut(Key.of(keys.get(AnnotateTest.shownKey())));
            fireShortcut(Key.ENTER);
        }
        assertThat(_get(ItemCard.class).getElement().getTextRecursively()).startsWith("Nothing left for you");
    }

    static String metric(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    static Grid<Disagreement> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    static Select<String> finalLabelSelect() {
        return _get(Select.class, spec -> spec.withLabel("Final label"));
    }

    static List<Disagreement> disagreements() {
        List<Disagreement> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid()); i++) {
            rows.add(GridKt._get(grid(), i));
        }
        return rows;
    }
}
