package dev.lakeside.annotate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review story of {@link ReviewViewTest} with labels in Lakebase: agreement, disagreements
 * (their text read from the warehouse), adjudication and export all read and write Postgres.
 */
class LakebaseReviewViewTest extends LakebaseAnnotateTest {

    /** Keys 1 positive, 2 neutral, 3 negative, by item id. They agree on items 1, 3, 4 and 6. */
    private static final Map<String, String> ADA_KEYS = Map.of("1", "1", "2", "1", "3", "2", "4", "3", "5", "3", "6", "1");
    private static final Map<String, String> BOB_KEYS = Map.of("1", "1", "2", "2", "3", "2", "4", "3", "5", "1", "6", "1");

    @Test
    void twoAnnotatorRun_reviewReadsPostgres_adjudicatesIntoPostgres_andExports() {
        LabelTask task = catalog.get("pair");
        createItems(task.source(), 6);
        labelEverything(ADA, ADA_KEYS);
        labelEverything(BOB, BOB_KEYS);
        assertThat(postgres("SELECT count(*) FROM lakeside_meta.annotation_answers WHERE task_id = 'pair'"))
                .containsExactly("12");

        signInAs("rita@example.com");
        UI.getCurrent().navigate("annotate-review/pair");

        assertThat(_get(Span.class, spec -> spec.withId("label-store")).getText())
                .isEqualTo("Labels are kept in Lakebase (PostgreSQL).");
        assertThat(metric("percent-agreement")).isEqualTo("66.7%");
        assertThat(metric("cohens-kappa")).isEqualTo("0.478");
        assertThat(disagreements()).extracting(Disagreement::itemKey).containsExactly("2", "5");
        assertThat(disagreements()).extracting(Disagreement::preview).containsExactly("Item number 2", "Item number 5");
        assertThat(disagreements().getFirst().labels()).isEqualTo("ada@example.com: positive, bob@example.com: neutral");

        grid().select(disagreements().getFirst());
        _setValue(finalLabelSelect(), "neutral");
        _click(_get(Button.class, spec -> spec.withText("Record final label")));

        assertThat(disagreements()).extracting(Disagreement::finalLabel).containsExactly("neutral", null);
        assertThat(postgres("SELECT item_key, final_label, decided_by FROM lakeside_meta.annotation_final_labels"
                + " WHERE task_id = 'pair'")).containsExactly("2 neutral rita@example.com");
        assertThat(postgres("SELECT user_id, row_key, new_value FROM lakeside_meta.audit_log"
                + " WHERE table_name = 'lakeside_meta.annotation_final_labels'"))
                .containsExactly("rita@example.com pair/2 neutral");

        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("download-csv"))), StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly("item_key,final_label,decided_by,annotations",
                "\"1\",\"positive\",\"agreement\",2", "\"2\",\"neutral\",\"adjudicated\",2",
                "\"3\",\"neutral\",\"agreement\",2", "\"4\",\"negative\",\"agreement\",2",
                "\"6\",\"positive\",\"agreement\",2");
    }

    private void labelEverything(String annotator, Map<String, String> keys) {
        UI.getCurrent().navigate("");
        signInAs(annotator);
        UI.getCurrent().navigate("annotate/pair");
        for (int i = 0; i < keys.size(); i++) {
            fireShortcut(Key.of(keys.get(shownKey())));
            fireShortcut(Key.ENTER);
        }
        assertThat(_get(ItemCard.class).getElement().getTextRecursively()).startsWith("Nothing left for you");
    }

    private static String metric(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Disagreement> grid() {
        return _get(Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Select<String> finalLabelSelect() {
        return _get(Select.class, spec -> spec.withLabel("Final label"));
    }

    private static List<Disagreement> disagreements() {
        List<Disagreement> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid()); i++) {
            rows.add(GridKt._get(grid(), i));
        }
        return rows;
    }
}
