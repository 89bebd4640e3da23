package dev.lakeside.editor;

import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.TemporaryDataDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to save a change-set of 1,000 edited rows (conflict check, one MERGE, 1,000 audit rows, one
 * transaction) into the full-size demo gold.sales (1,000,000 rows). Not part of the default run:
 * {@code mvn test -Dtest=ChangeSetSaveBenchmark -DexcludedGroups=none}. See docs/editor.md.
 */
@Tag("benchmark")
@ActiveProfiles("editor-test")
@SpringBootTest(properties = {"lakeside.demo.sales=1000000", "lakeside.demo.suppliers=5000",
        "lakeside.demo.sensor-readings=1000", "lakeside.demo.taxi-trips=1000", "lakeside.demo.reviews=100"})
class ChangeSetSaveBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ChangeSetSaveBenchmark.class);
    private static final int ROWS = 1_000;
    private static final int ROUNDS = 7;

    @Autowired
    EditorTools tools;
    @Autowired
    EditorService service;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
    }

    @Test
    void save1000EditedRows() {
        EditorTool tool = tools.require("test-sales");
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<EditorRow> rows = service.find(tool, EditorSearch.all(), 5_000L * round, ROWS, List.of(Sort.asc("order_id")));
            PendingChanges pending = new PendingChanges(tool);
            for (EditorRow row : rows) {
                long units = ((Number) row.get("units")).longValue();
                pending.edit(row, Map.of("units", units == 50 ? 1L : units + 1, "region", "West".equals(row.get("region")) ? "East" : "West"));
            }
            long start = System.nanoTime();
            SaveResult result = service.save(pending);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(result.rowsWritten()).isEqualTo(ROWS);
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        log.info("BENCHMARK save of {} edited rows (2 columns each, {} audit rows) into gold.sales: rounds {} ms, median {} ms",
                ROWS, 2 * ROWS, millis, sorted.get(sorted.size() / 2));
    }
}
