package dev.lakeside.predict;

import dev.lakeside.warehouse.TableName;
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
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times batch scoring of 200,000 demo customers with the local model (read in pages, score, write the
 * new table with its audit entry), at two page sizes, and the model's training. Not part of
 * {@code mvn test}:
 * <pre>mvn test -Dtest=BatchScoringBenchmark -DexcludedGroups=none</pre>
 * Figures go to the log and to {@code target/benchmarks/predict-batch.txt}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"lakeside.demo.customers=200000", "lakeside.demo.sales=100", "lakeside.demo.suppliers=100",
        "lakeside.demo.sensor-readings=100", "lakeside.demo.taxi-trips=100", "lakeside.demo.reviews=100",
        "lakeside.live.simulator.enabled=false", "lakeside.live.pipeline.enabled=false"})
class BatchScoringBenchmark {

    private static final Logger log = LoggerFactory.getLogger(BatchScoringBenchmark.class);
    private static final TableName CUSTOMERS = new TableName("gold", "customers");

    @Autowired
    BatchScoring scoring;
    @Autowired
    Predictor predictor;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
    }

    @Test
    void scoreTwoHundredThousandCustomers() throws Exception {
        long waitStart = System.nanoTime();
        ModelInfo info = predictor.whenReady().get(5, TimeUnit.MINUTES);
        long waited = (System.nanoTime() - waitStart) / 1_000_000;
        StringBuilder report = new StringBuilder(info.description()).append('\n')
                .append("waited for training after start-up: ").append(waited).append(" ms\n")
                .append("run | rows | seconds | rows/s\n");
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            BatchResult result = scoring.score(scoring.request(CUSTOMERS, "bench_" + run), new BatchRun(done -> { }));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(result.rows()).isEqualTo(200_000);
            report.append(String.format(Locale.ROOT, "%d | %,d | %.2f | %,.0f%n", run, result.rows(), seconds,
                    result.rows() / seconds));
        }
        log.info("BENCHMARK batch scoring\n{}", report);
        Path out = Path.of("target/benchmarks/predict-batch.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
