package dev.lakeside.annotate;

import dev.lakeside.databricks.BothEngines;
import dev.lakeside.databricks.SparkModeTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Annotation on Spark SQL + Delta through the whole Databricks path, where no key is enforced and no
 * transaction spans statements: the queue hands out slots, annotators racing for slots at one instant never
 * share one, answers are saved, and review computes agreement, adjudicates and exports.
 */
class AnnotateOnSparkTest extends SparkModeTest {

    @Autowired
    TaskCatalog tasks;
    @Autowired
    LabellingQueue queue;
    @Autowired
    AnswerStore answers;
    @Autowired
    ReviewService review;
    @Autowired
    FinalLabelExport export;
    @Autowired
    Warehouse warehouse;

    @Test
    void twoAnnotatorsLabelTheSameItems_reviewAdjudicatesAndExports() throws Exception {
        LabelTask task = tasks.get("review-sentiment");
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Item adas = queue.claimNext(task, "ada@example.com", keys).orElseThrow();
            answers.save(task, adas.key(), "ada@example.com", Answer.fromLabelValue("positive", null, null), Duration.ofSeconds(3));
            keys.add(adas.key());
        }
        for (int i = 0; i < 2; i++) {
            Item bobs = queue.claimNext(task, "bob@example.com", List.of()).orElseThrow();
            assertThat(keys).as("started items are completed first").contains(bobs.key());
            String label = bobs.key().equals(keys.getFirst()) ? "positive" : "negative";
            answers.save(task, bobs.key(), "bob@example.com", Answer.fromLabelValue(label, "checked", null), Duration.ofSeconds(4));
        }

        assertThat(answers.answerOf(task, keys.getFirst(), "bob@example.com")).isPresent();
        Progress adas = queue.progress(task, "ada@example.com");
        assertThat(adas.mine()).isEqualTo(2);
        assertThat(adas.everyone()).isEqualTo(4);
        assertThat(adas.totalItems()).isEqualTo(queue.totalItems(task)).isEqualTo(BothEngines.SIZES.reviews());
        assertThat(queue.item(task, keys.getFirst())).hasValueSatisfying(item -> assertThat(item.key()).isEqualTo(keys.getFirst()));
        Agreement.Report agreement = review.agreement(task);
        assertThat(agreement.items()).isEqualTo(2);
        assertThat(agreement.annotators()).isEqualTo(2);
        assertThat(agreement.percentAgreement()).hasValue(0.5);
        assertThat(review.countDisagreements(task)).isEqualTo(1);
        assertThat(review.disagreements(task, 0, 10)).singleElement()
                .satisfies(d -> assertThat(d.itemKey()).isEqualTo(keys.get(1)));
        review.adjudicate(task, keys.get(1), "neutral");
        assertThat(review.disagreements(task, 0, 10)).singleElement()
                .satisfies(d -> assertThat(d.finalLabel()).isEqualTo("neutral"));

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        export.write(task, FinalLabelExport.Format.CSV, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("\"" + keys.get(1) + "\",\"neutral\",\"adjudicated\",2");
    }

    @Test
    void leavingAnItem_givesItsSlotBack() {
        LabelTask task = tasks.get("spark-race");
        Item held = queue.claimNext(task, "leaver@example.com", List.of()).orElseThrow();

        queue.release(task, held.key(), "leaver@example.com");

        assertThat(warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ")
                .table(AnnotationTables.ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" AND annotator = 'leaver@example.com'").build()).singleValue()).isEqualTo(0L);
    }

    @Test
    void annotatorsClaimingAtTheSameInstant_neverShareASlot() throws Exception {
        LabelTask task = tasks.get("spark-race");
        int annotators = 4;
        CyclicBarrier atOnce = new CyclicBarrier(annotators);
        List<Future<Item>> claims = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(annotators)) {
            for (int a = 0; a < annotators; a++) {
                String annotator = "racer" + a + "@example.com";
                claims.add(threads.submit(() -> {
                    atOnce.await(2, TimeUnit.MINUTES);
                    return queue.claimNext(task, annotator, List.of()).orElseThrow();
                }));
            }
            for (Future<Item> claim : claims) {
                claim.get(5, TimeUnit.MINUTES);
            }
        }

        assertThat(warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT item_key, slot FROM ")
                .table(AnnotationTables.ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" GROUP BY item_key, slot HAVING count(*) > 1").build()).rows()).as("slots held twice").isEmpty();
        assertThat(warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT item_key FROM ")
                .table(AnnotationTables.ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" GROUP BY item_key HAVING count(*) > ").integer(task.overlap()).build()).rows())
                .as("items handed out beyond the overlap").isEmpty();
    }
}
