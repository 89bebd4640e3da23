package dev.lakeside.e2e;

import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The annotator's story in a browser: label three reviews with the keyboard and watch the progress advance. */
class AnnotateE2ETest extends BrowserE2ETest {

    private static final TableName ANSWERS = new TableName("annotations", "review_sentiment");
    private static final String ME = "local.developer@lakeside.dev";
    private static final By MINE = By.id("progress-mine");
    private static final By ITEM_KEY = By.cssSelector(".annotate-item .lakeside-hint");

    @Test
    void labelThreeReviewsWithKeys_progressAdvancesEachTime_answersWrittenWithTheirLabels() {
        open("annotate");
        int mine = mine(page.textOf(MINE, t -> t.startsWith("Mine: ")));
        long storedBefore = storedAnswers();

        List<String> labelled = new ArrayList<>();
        String[] keys = {"1", "3", "2"};
        String[] names = {"positive", "negative", "neutral"};
        for (int i = 0; i < keys.length; i++) {
            String item = page.textOf(ITEM_KEY, t -> t.startsWith("review_id ") && !labelled.contains(t));
            labelled.add(item);
            new Actions(chromium.driver()).sendKeys(keys[i]).perform();
            page.deepElement("vaadin-button.annotate-label[theme~='primary']", names[i]);
            new Actions(chromium.driver()).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            int expected = mine + i + 1;
            page.textOf(MINE, t -> mine(t) == expected);
            page.textOf(By.id("save-status"), "Saved."::equals);
        }

        assertThat(labelled).doesNotHaveDuplicates().hasSize(3);
        assertThat(storedAnswers()).isEqualTo(storedBefore + 3);
        List<String> keysStored = labelled.stream().map(t -> t.substring("review_id ".length())).toList();
        assertThat(warehouse.query(sql().sql("SELECT label FROM ").table(ANSWERS).sql(" WHERE annotator = ").value(ME)
                .sql(" AND item_key IN (").values(keysStored).sql(") ORDER BY labelled_at").build()).map(r -> r.get(0)))
                .containsExactly("positive", "negative", "neutral");
    }

    private long storedAnswers() {
        return count(sql().sql("SELECT count(*) FROM ").table(ANSWERS).sql(" WHERE annotator = ").value(ME));
    }

    private static int mine(String text) {
        return Integer.parseInt(text.substring("Mine: ".length()).replace(",", "").strip());
    }
}
