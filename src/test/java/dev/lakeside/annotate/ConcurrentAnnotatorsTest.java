package dev.lakeside.annotate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Annotators working the same task at the same time, each on a thread of their own. */
class ConcurrentAnnotatorsTest extends AnnotateTest {

    private static final int ITEMS = 40;

    private static final int RUSH = 30;

    @Autowired
    AnnotatorSessions sessions;
    @Autowired
    LabellingQueue queue;

    @Test
    void twoAnnotatorsOverlapOne_neverGetTheSameItem_andEveryItemIsLabelledOnce() throws Exception {
        LabelTask task = catalog.get("race-once");
        createItems(task.source(), ITEMS);

        Map<String, List<String>> handed = labelConcurrently(task, List.of(ADA, BOB));

        Set<String> adas = new HashSet<>(handed.get(ADA));
        Set<String> bobs = new HashSet<>(handed.get(BOB));
        assertThat(adas).doesNotContainAnyElementsOf(bobs);
        assertThat(handed.get(ADA)).doesNotHaveDuplicates();
        assertThat(handed.get(BOB)).doesNotHaveDuplicates();
        assertThat(adas.size() + bobs.size()).isEqualTo(ITEMS);
        List<String> labels = labelsOf(task);
        assertThat(labels).hasSize(ITEMS);
        assertThat(labels.stream().map(l -> l.split(" ")[0]).distinct()).hasSize(ITEMS);
    }

    @Test
    void threeAnnotatorsOverlapTwo_everyItemGetsTwoLabelsFromTwoPeople() throws Exception {
        LabelTask task = catalog.get("race-twice");
        createItems(task.source(), ITEMS);

        Map<String, List<String>> handed = labelConcurrently(task, List.of(ADA, BOB, "cy@example.com"));

        Map<String, List<String>> annotatorsByItem = new HashMap<>();
        for (String label : labelsOf(task)) {
            String[] parts = label.split(" ");
            annotatorsByItem.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        assertThat(annotatorsByItem).hasSize(ITEMS);
        assertThat(annotatorsByItem.values()).allSatisfy(people -> assertThat(people).hasSize(2).doesNotHaveDuplicates());
        assertThat(handed.values().stream().mapToInt(List::size).sum()).isEqualTo(2 * ITEMS);
    }

    /**
     * DuckDB lets the last of two racing inserts of a lease win and aborts the other, so annotators who
     * keep racing for the same item can keep aborting each other; slow commits (a busy machine) make
     * that likely. Each must still get an item of their own.
     */
    @Test
    void manyAnnotatorsOpeningAtTheSameInstantOnABusyMachine_eachGetsAnItemOfTheirOwn() throws Exception {
        LabelTask task = catalog.get("rush");
        createItems(task.source(), 400);
        warehouse.delayCommits(Duration.ofMillis(100));
        try {
            assertEveryAnnotatorOfThreeWavesGetsAnItem(task);
        } finally {
            warehouse.delayCommits(Duration.ZERO);
        }
    }

    private void assertEveryAnnotatorOfThreeWavesGetsAnItem(LabelTask task) throws Exception {
        for (int wave = 1; wave <= 3; wave++) {
            List<String> annotators = new ArrayList<>();
            for (int i = 1; i <= RUSH; i++) {
                annotators.add("wave" + wave + "-annotator" + i + "@example.com");
            }

            List<String> claimed = claimAtTheSameInstant(task, annotators);

            assertThat(claimed).as("wave %d", wave).hasSize(RUSH).doesNotHaveDuplicates();
        }
    }

    /** Every annotator asks for their first item at the same instant; the items they got, or the first failure. */
    private List<String> claimAtTheSameInstant(LabelTask task, List<String> annotators) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> claims = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(annotators.size())) {
            for (String annotator : annotators) {
                claims.add(threads.submit(() -> {
                    start.await();
                    return queue.claimNext(task, annotator, List.of()).orElseThrow().key();
                }));
            }
            start.countDown();
            List<String> claimed = new ArrayList<>();
            for (Future<String> claim : claims) {
                claimed.add(claim.get());
            }
            return claimed;
        }
    }

    /** Each annotator labels until the queue has nothing left for them; returns what each was handed. */
    private Map<String, List<String>> labelConcurrently(LabelTask task, List<String> annotators) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Future<List<String>>> futures = new HashMap<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(annotators.size())) {
            for (String annotator : annotators) {
                futures.put(annotator, threads.submit((Callable<List<String>>) () -> {
                    start.await();
                    AnnotatorSession session = sessions.open(task, annotator);
                    List<String> handed = Collections.synchronizedList(new ArrayList<>());
                    while (session.current().isPresent()) {
                        String key = session.current().get().key();
                        handed.add(key);
                        String label = Long.parseLong(key) % 3 == 0 ? "no" : "yes";
                        session.submit(new Answer(List.of(label), null, null), Duration.ofMillis(300));
                    }
                    return handed;
                }));
            }
            start.countDown();
            Map<String, List<String>> handed = new HashMap<>();
            for (var entry : futures.entrySet()) {
                handed.put(entry.getKey(), entry.getValue().get());
            }
            return handed;
        }
    }
}
