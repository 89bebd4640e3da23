package dev.lakeside.annotate;

import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A session whose save commits but whose next claim fails. */
class AnnotatorSessionTest {

    private static final LabelTask TASK = LabelTask.from("t", new AnnotateProperties.TaskProperties("T", "silver.reviews",
            "review_id", List.of("review_text"), null, null, QuestionType.SINGLE,
            List.of(new AnnotateProperties.LabelProperties("yes", null), new AnnotateProperties.LabelProperties("no", null)),
            false, 0, 1, "", "out.labels"));

    private final AtomicInteger claims = new AtomicInteger();
    private final List<String> saved = new ArrayList<>();

    private final LabellingQueue queue = new LabellingQueue(null, null, null, null, null, null) {
        @Override
        Optional<Item> claimNext(LabelTask task, String annotator, Collection<String> exclude) {
            if (claims.incrementAndGet() == 1) {
                return Optional.of(new Item("k1", List.of(), null));
            }
            throw new WarehouseException(WarehouseException.Reason.UNAVAILABLE, "blip", null);
        }

        @Override
        void release(LabelTask task, String itemKey, String annotator) {
        }
    };

    private final AnswerStore answers = new AnswerStore(null, null, null) {
        @Override
        void save(LabelTask task, String itemKey, String annotator, Answer answer, Duration taken) {
            saved.add(itemKey);
        }
    };

    @Test
    void submit_savedButNextClaimFails_doesNotThrowAndSaysTheNextItemFailed() {
        AnnotatorSession session = new AnnotatorSession(queue, answers, TASK, "ada", Runnable::run);
        session.start();

        session.submit(Answer.fromLabelValue("yes", null, null), Duration.ofSeconds(1));

        assertThat(saved).containsExactly("k1");
        assertThat(session.current()).isEmpty();
        assertThat(session.nextItemFailed()).isTrue();
        assertThat(session.canGoBack()).isTrue();
    }
}
