package dev.lakeside.annotate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

/** A multi-label task with letter keys, a rating and a note. */
class MultipleLabelsViewTest extends AnnotateTest {

    @Test
    void letterKeysToggleLabels_ratingAndNote_areWrittenTogether() {
        LabelTask task = catalog.get("tags");
        createItems(task.source(), 5);
        signInAs(ADA);
        UI.getCurrent().navigate("annotate/tags");
        String item = shownKey();

        fireShortcut(Key.of("t"));
        fireShortcut(Key.of("p"));
        fireShortcut(Key.of("m"));
        fireShortcut(Key.of("p"));
        assertThat(pressed()).containsExactly("music", "travel");
        rating().setValue(4);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Note (optional)")), "  concert trip  ");
        fireShortcut(Key.ENTER);

        assertThat(warehouse.query(sql().sql("SELECT label, rating, note FROM ").table(task.output())
                .sql(" WHERE item_key = ").value(item).sql(" AND annotator = ").value(ADA).build())
                .map(r -> r.getString("label") + " " + r.getLong("rating") + " " + r.getString("note")))
                .containsExactly("music|travel 4 concert trip");
        assertThat(shownKey()).isNotEqualTo(item);
        assertThat(pressed()).isEmpty();
        assertThat(rating().getValue()).isNull();
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> rating() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Rating (optional)"));
    }
}
