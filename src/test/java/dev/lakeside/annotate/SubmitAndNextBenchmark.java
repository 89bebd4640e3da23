package dev.lakeside.annotate;

import dev.lakeside.warehouse.TemporaryDataDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side time per submit-and-next on the demo task at full demo size (10,000 reviews),
 * with two annotators working at once: the save, taking the prefetched next item and the
 * progress figures, exactly what the view does on Enter. Not part of the normal build; run:
 * {@code mvn -q test -Dtest=SubmitAndNextBenchmark -DexcludedGroups=none}. Figures go to the log and
 * to target/annotate-benchmark.txt.
 */
@SpringBootTest(properties = {"lakeside.demo.suppliers=400", "lakeside.demo.sales=2000",
        "lakeside.demo.sensor-readings=3000", "lakeside.demo.taxi-trips=2000", "lakeside.demo.reviews=10000"})
@Tag("benchmark")
class SubmitAndNextBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SubmitAndNextBenchmark.class);
    private static final int WARM_UP = 30;
    private static final int MEASURED = 300;

    @Autowired
    AnnotatorSessions sessions;

    @Autowired
    TaskCatalog catalog;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
    }

    @Test
    void submitAndNext_twoAnnotators() throws Exception {
        LabelTask task = catalog.get("review-sentiment");
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> submits = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = new ArrayList<>();
            for (String annotator : List.of("ada@example.com", "bob@example.com")) {
                runs.add(threads.submit(() -> annotate(task, annotator, nanos, submits)));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        List<Long> submitOnly = submits.stream().sorted().toList();
        String report = String.format("submit-and-next over %d submits (2 annotators, 10,000 items, overlap 2):"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms; of which save + take next: p50 %.1f ms, p95 %.1f ms;"
                        + " load average %.1f on %d cores%n", sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95),
                sorted.getLast() / 1e6, ms(submitOnly, 0.50), ms(submitOnly, 0.95),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        log.info(report);
        Files.writeString(Path.of("target", "annotate-benchmark.txt"), report);
        assertThat(sorted).hasSize(2 * MEASURED);
    }

    private void annotate(LabelTask task, String annotator, List<Long> nanos, List<Long> submits) {
        AnnotatorSession session = sessions.open(task, annotator);
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            String label = task.labels().get(i % 3).name();
            pauseLikeAPerson();
            long start = System.nanoTime();
            session.submit(new Answer(List.of(label), null, null), Duration.ofSeconds(2));
            long saved = System.nanoTime();
            session.progress();
            long took = System.nanoTime() - start;
            if (i >= WARM_UP) {
                nanos.add(took);
                submits.add(saved - start);
            }
        }
    }

    /** A person needs a moment to read; it also gives the prefetch its time, as in real use. */
    private static void pauseLikeAPerson() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1e6;
    }
}
