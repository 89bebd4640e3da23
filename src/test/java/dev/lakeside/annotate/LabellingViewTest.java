package dev.lakeside.annotate;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

/** An annotator labelling the demo review task with the keyboard, as a story. */
class LabellingViewTest extends AnnotateTest {

    private LabelTask task;

    @BeforeEach
    void openDemoTask() {
        task = catalog.get("review-sentiment");
        signInAs(ADA);
        UI.getCurrent().navigate("annotate/review-sentiment");
    }

    @Test
    void numberKeyThenEnter_writesTheLabelAndShowsTheNextItem() {
        String first = shownKey();
        long mineBefore = mine();

        fireShortcut(Key.of("3"));
        assertThat(pressed()).containsExactly("negative");
        fireShortcut(Key.ENTER);

        assertThat(labelOf(first, ADA)).isEqualTo("negative");
        assertThat(shownKey()).isNotEqualTo(first);
        assertThat(pressed()).isEmpty();
        assertThat(statusText()).isEqualTo("Saved.");
        assertThat(mine()).isEqualTo(mineBefore + 1);
    }

    @Test
    void enterWithoutALabel_isRefusedAndNothingWritten() {
        String first = shownKey();

        fireShortcut(Key.ENTER);

        assertThat(statusText()).isEqualTo("Pick a label first.");
        assertThat(shownKey()).isEqualTo(first);
        assertThat(labelOf(first, ADA)).isNull();
    }

    @Test
    void skipThenLabelThenBackspace_changesThePreviousAnswer() {
        String skipped = shownKey();
        fireShortcut(Key.KEY_S);
        String second = shownKey();
        assertThat(second).isNotEqualTo(skipped);
        assertThat(leaseHolders(skipped)).doesNotContain(ADA);

        fireShortcut(Key.of("1"));
        fireShortcut(Key.ENTER);
        String third = shownKey();
        assertThat(labelOf(second, ADA)).isEqualTo("positive");

        fireShortcut(Key.BACKSPACE);
        assertThat(shownKey()).isEqualTo(second);
        assertThat(pressed()).containsExactly("positive");
        fireShortcut(Key.of("2"));
        fireShortcut(Key.ENTER);

        assertThat(labelOf(second, ADA)).isEqualTo("neutral");
        assertThat(revisionOf(second, ADA)).isEqualTo(2);
        assertThat(shownKey()).isEqualTo(third);
        assertThat(labelOf(skipped, ADA)).isNull();
    }

    @Test
    void warehouseFailsTwice_answerStaysOnScreenAndIsSavedOnRetry() {
        String item = shownKey();
        fireShortcut(Key.of("2"));
        warehouse.failNextWrites(task.output(), 2);

        fireShortcut(Key.ENTER);
        assertThat(statusText()).startsWith("Not saved yet").contains("Attempt 1 failed");
        assertThat(shownKey()).isEqualTo(item);
        assertThat(pressed()).containsExactly("neutral");
        assertThat(labelOf(item, ADA)).isNull();

        _click(_get(Button.class, spec -> spec.withText("Retry now")));
        assertThat(statusText()).contains("Attempt 2 failed");
        assertThat(pressed()).containsExactly("neutral");

        // The backoff has passed (it is 0 s in tests): the next poll saves it.
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(warehouse.failuresThrown()).isEqualTo(2);
        assertThat(labelOf(item, ADA)).isEqualTo("neutral");
        assertThat(statusText()).isEqualTo("Saved.");
        assertThat(shownKey()).isNotEqualTo(item);
    }

    @Test
    void switchingTaskWhileAnAnswerIsRetried_staysAndKeepsTheAnswer() {
        String item = shownKey();
        fireShortcut(Key.of("2"));
        warehouse.failNextWrites(task.output(), 1);
        fireShortcut(Key.ENTER);
        assertThat(statusText()).startsWith("Not saved yet");

        UI.getCurrent().navigate("annotate/pair");

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("annotate/review-sentiment");
        assertThat(shownKey()).isEqualTo(item);
        assertThat(pressed()).containsExactly("neutral");

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(labelOf(item, ADA)).isEqualTo("neutral");
        assertThat(statusText()).isEqualTo("Saved.");
    }

    private static long mine() {
        return Long.parseLong(_get(Span.class, spec -> spec.withId("progress-mine")).getText().replaceAll("\\D", ""));
    }

    private String labelOf(String key, String annotator) {
        return warehouse.query(sql().sql("SELECT label FROM ").table(task.output()).sql(" WHERE item_key = ").value(key)
                .sql(" AND annotator = ").value(annotator).build()).rows().stream().findFirst()
                .map(r -> r.getString("label")).orElse(null);
    }

    private long revisionOf(String key, String annotator) {
        return (Integer) warehouse.query(sql().sql("SELECT revision FROM ").table(task.output())
                .sql(" WHERE item_key = ").value(key).sql(" AND annotator = ").value(annotator).build()).singleValue();
    }

    private List<String> leaseHolders(String key) {
        return warehouse.query(sql().sql("SELECT annotator FROM ").table(AnnotationTables.ASSIGNMENTS)
                .sql(" WHERE task_id = ").value(task.id()).sql(" AND item_key = ").value(key).build())
                .map(r -> r.getString("annotator"));
    }
}
