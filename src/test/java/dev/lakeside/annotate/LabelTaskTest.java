package dev.lakeside.annotate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A task from configuration is refused unless every name in it is safe to put into SQL. */
class LabelTaskTest {

    private static AnnotateProperties.TaskProperties task(String source, String key, List<String> columns,
                                                          List<AnnotateProperties.LabelProperties> labels, int overlap) {
        return new AnnotateProperties.TaskProperties("T", source, key, columns, null, null, QuestionType.SINGLE,
                labels, false, 0, overlap, "", "out.labels");
    }

    private static final List<AnnotateProperties.LabelProperties> LABELS = List.of(
            new AnnotateProperties.LabelProperties("yes", null), new AnnotateProperties.LabelProperties("no", null));

    @Test
    void validTask_labelKeysDefaultToPosition() {
        LabelTask task = LabelTask.from("t", task("silver.reviews", "review_id", List.of("review_text"), LABELS, 2));

        assertThat(task.labels()).extracting(LabelOption::key).containsExactly("1", "2");
        assertThat(task.itemColumns()).containsExactly("review_id", "review_text");
    }

    @Test
    void injectedNames_repeatedKeys_andBadOverlap_areRefused() {
        assertThatThrownBy(() -> LabelTask.from("t", task("silver.reviews; DROP TABLE x", "id", List.of(), LABELS, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelTask.from("t", task("silver.reviews", "id\"--", List.of(), LABELS, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelTask.from("t", task("silver.reviews", "id", List.of("text) UNION"), LABELS, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelTask.from("t", task("silver.reviews", "id", List.of(), List.of(
                new AnnotateProperties.LabelProperties("a", "1"), new AnnotateProperties.LabelProperties("b", "1")), 1)))
                .hasMessageContaining("repeats");
        assertThatThrownBy(() -> LabelTask.from("t", task("silver.reviews", "id", List.of(),
                List.of(new AnnotateProperties.LabelProperties("skip", "s")), 1)))
                .hasMessageContaining("other than S");
        assertThatThrownBy(() -> LabelTask.from("t", task("silver.reviews", "id", List.of(), LABELS, 0)))
                .hasMessageContaining("overlap");
    }
}
