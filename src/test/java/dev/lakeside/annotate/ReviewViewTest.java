package dev.lakeside.annotate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import dev.lakeside.audit.AuditTrail;
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

/** Two annotators label the same six items; a reviewer checks agreement, adjudicates and exports. */
class ReviewViewTest extends AnnotateTest {

    @Test
    void twoAnnotatorRun_reviewShowsAgreementAdjudicatesAndExports() {
        LabelTask task = catalog.get("pair");
        createItems(task.source(), 6);
        labelEverything(ADA, ADA_KEYS);
        labelEverything(BOB, BOB_KEYS);

        signInAs("rita@example.com");
        UI.getCurrent().navigate("annotate-review/pair");

        // By hand: p_o = 4/6; Ada pos 3 neu 1 neg 2, Bob pos 3 neu 2 neg 1, so p_e = (9 + 2 + 2) / 36
        // and kappa = (24/36 - 13/36) / (23/36) = 11/23 = 0.478.
        assertThat(metric("percent-agreement")).isEqualTo("66.7%");
        assertThat(metric("cohens-kappa")).isEqualTo("0.478");
        assertThat(metric("annotators")).isEqualTo("2");
        assertThat(disagreements()).extracting(Disagreement::itemKey).containsExactly("2", "5");
        assertThat(disagreements().getFirst().labels())
                .isEqualTo("ada@example.com: positive, bob@example.com: neutral");

        grid().select(disagreements().getFirst());
        _setValue(finalLabelSelect(), "neutral");
        _click(_get(Button.class, spec -> spec.withText("Record final label")));

        assertThat(disagreements()).extracting(Disagreement::finalLabel).containsExactly("neutral", null);
        assertThat(warehouse.query(sql().sql("SELECT user_id, row_key, new_value FROM ").table(AuditTrail.AUDIT_TABLE)
                .sql(" WHERE table_name = ").value(AnnotationTables.FINAL_LABELS.toString()).build())
                .map(r -> r.getString("user_id") + " " + r.getString("row_key") + " " + r.getString("new_value")))
                .containsExactly("rita@example.com pair/2 neutral");

        String csv = new String(_download(_get(Anchor.class, spec -> spec.withId("download-csv"))), StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly("item_key,final_label,decided_by,annotations",
                "\"1\",\"positive\",\"agreement\",2", "\"2\",\"neutral\",\"adjudicated\",2",
                "\"3\",\"neutral\",\"agreement\",2", "\"4\",\"negative\",\"agreement\",2",
                "\"6\",\"positive\",\"agreement\",2");
        String jsonLines = new String(_download(_get(Anchor.class, spec -> spec.withId("download-jsonl"))),
                StandardCharsets.UTF_8);
        assertThat(jsonLines.lines()).hasSize(5)
                .contains("{\"item_key\":\"2\",\"final_label\":\"neutral\",\"decided_by\":\"adjudicated\",\"annotations\":2}");
    }
}
