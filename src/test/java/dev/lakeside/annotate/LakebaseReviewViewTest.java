package dev.lakeside.annotate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.lakeside.annotate.ReviewStory.ADA_KEYS;
import static dev.lakeside.annotate.ReviewStory.BOB_KEYS;
import static dev.lakeside.annotate.ReviewStory.disagreements;
import static dev.lakeside.annotate.ReviewStory.finalLabelSelect;
import static dev.lakeside.annotate.ReviewStory.grid;
import static dev.lakeside.annotate.ReviewStory.labelEverything;
import static dev.lakeside.annotate.ReviewStory.metric;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review story of {@link ReviewViewTest} with labels in Lakebase: agreement, disagreements
 * (their text read from the warehouse), adjudication and export all read and write Postgres.
 */
class LakebaseReviewViewTest extends LakebaseAnnotateTest {

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
}
