package dev.lakeside.annotate;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.StatementAtATimeWarehouse;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue on an engine that behaves as Databricks SQL does: the real embedded DuckDB, but the
 * assignments table has no primary key (Delta does not enforce one) and {@code inTransaction}
 * commits each statement on its own, with no rollback.
 */
class ClaimWithoutEnforcedKeyTest {

    private static final int ITEMS = 30;
    private static final int ANNOTATORS = 8;
    private static final TableName ITEMS_TABLE = new TableName("test_src", "keyless_items");
    private static final LabelTask TASK = LabelTask.from("keyless", new AnnotateProperties.TaskProperties("Keyless",
            ITEMS_TABLE.schema() + "." + ITEMS_TABLE.table(), "id", List.of("body"), null, null, QuestionType.SINGLE,
            List.of(new AnnotateProperties.LabelProperties("yes", null), new AnnotateProperties.LabelProperties("no", null)),
            false, 0, 2, "", "test_out.keyless"));

    @TempDir
    Path folder;

    private DuckDbWarehouse engine;
    private Warehouse warehouse;
    private LabellingQueue queue;
    private AnswerStore answers;

    @BeforeEach
    void keylessWarehouse() {
        engine = new DuckDbWarehouse(folder.resolve("keyless.duckdb"), Duration.ofSeconds(60), written -> { });
        warehouse = new StatementAtATimeWarehouse(engine);
        warehouse.update(sql().sql("CREATE SCHEMA lakeside_meta").build());
        // Created before AnnotationTables runs, so its CREATE TABLE IF NOT EXISTS keeps this one: no key.
        warehouse.update(sql().sql("CREATE TABLE ").table(AnnotationTables.ASSIGNMENTS)
                .sql(" (task_id VARCHAR NOT NULL, item_key VARCHAR NOT NULL, slot INTEGER NOT NULL,"
                        + " annotator VARCHAR NOT NULL, state VARCHAR NOT NULL, expires_at TIMESTAMP, claim_id VARCHAR)")
                .build());
        warehouse.update(sql().sql("CREATE SCHEMA ").identifier(ITEMS_TABLE.schema()).build());
        warehouse.update(sql().sql("CREATE TABLE ").table(ITEMS_TABLE).sql(" AS SELECT i AS id, 'Item ' || i AS body")
                .sql(" FROM range(1, ").value(ITEMS + 1).sql(") t(i)").build());
        LabelDatabase labels = new LabelDatabase(new InTheWarehouse(warehouse));
        AnnotationTables tables = new AnnotationTables(warehouse, labels);
        AnnotateProperties properties = new AnnotateProperties(Duration.ofMinutes(10), Duration.ZERO, Duration.ZERO, Map.of());
        queue = new LabellingQueue(warehouse, tables, null, properties, null, labels);
        answers = new AnswerStore(warehouse, tables, labels);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void manyAnnotatorsClaimingAtOnceWithOverlapTwo_noSlotIsHeldTwice_everyItemGetsTwoLabels() throws Exception {
        Map<String, List<String>> handed = labelInLockstep();

        assertThat(rows("SELECT item_key, slot, count(*) AS holders FROM lakeside_meta.annotation_assignments"
                + " GROUP BY item_key, slot HAVING count(*) > 1")).as("slots held twice").isEmpty();
        assertThat(rows("SELECT item_key, count(*) AS labels FROM test_out.keyless GROUP BY item_key"
                + " HAVING count(*) > 2")).as("items with more labels than the overlap").isEmpty();
        assertThat(rows("SELECT item_key FROM test_out.keyless GROUP BY item_key"
                + " HAVING count(DISTINCT annotator) = 2")).as("items labelled by two people").hasSize(ITEMS);
        assertThat(handed.values()).allSatisfy(items -> assertThat(items).doesNotHaveDuplicates());
        assertThat(handed.values().stream().mapToInt(List::size).sum()).isEqualTo(2 * ITEMS);
        assertThat(rows("SELECT * FROM lakeside_meta.annotation_assignments WHERE state <> 'done'")).isEmpty();
    }

    @Test
    void expiredLease_itsSlotGoesToTheNextAnnotator_andTheDoneSlotStays() {
        String ada = "ada@example.com";
        String bob = "bob@example.com";
        String cy = "cy@example.com";
        Item adas = queue.claimNext(TASK, ada, List.of()).orElseThrow();
        answers.save(TASK, adas.key(), ada, Answer.fromLabelValue("yes", null, null), Duration.ofSeconds(2));
        Item bobs = queue.claimNext(TASK, bob, List.of()).orElseThrow();
        assertThat(bobs.key()).isEqualTo(adas.key()); // started items are completed first
        warehouse.update(sql().sql("UPDATE ").table(AnnotationTables.ASSIGNMENTS).sql(" SET expires_at = ")
                .value(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1)).sql(" WHERE annotator = ").value(bob).build());

        Item cys = queue.claimNext(TASK, cy, List.of()).orElseThrow();

        assertThat(cys.key()).isEqualTo(adas.key());
        assertThat(rows("SELECT annotator, slot, state FROM lakeside_meta.annotation_assignments ORDER BY slot"))
                .containsExactly(List.of(ada, 0, "done"), List.of(cy, 1, "leased"));
    }

    @Test
    void assignmentsTableFromBeforeClaimIds_getsTheColumn_andItsLeasesStillCount() {
        warehouse.update(sql().sql("DROP TABLE ").table(AnnotationTables.ASSIGNMENTS).build());
        warehouse.update(sql().sql("CREATE TABLE ").table(AnnotationTables.ASSIGNMENTS)
                .sql(" (task_id VARCHAR NOT NULL, item_key VARCHAR NOT NULL, slot INTEGER NOT NULL,"
                        + " annotator VARCHAR NOT NULL, state VARCHAR NOT NULL, expires_at TIMESTAMP)").build());
        warehouse.update(sql().sql("INSERT INTO ").table(AnnotationTables.ASSIGNMENTS).sql(" VALUES ('keyless', '1', 0, ")
                .value("old@example.com").sql(", 'leased', ").value(LocalDateTime.now(ZoneOffset.UTC).plusMinutes(5))
                .sql(")").build());

        Item adas = queue.claimNext(TASK, "ada@example.com", List.of()).orElseThrow();

        assertThat(adas.key()).isEqualTo("1");
        assertThat(rows("SELECT annotator, slot, claim_id IS NULL FROM lakeside_meta.annotation_assignments ORDER BY slot"))
                .containsExactly(List.of("old@example.com", 0, true), List.of("ada@example.com", 1, false));
    }

    /**
     * Every annotator asks for an item at the same instant, labels it, and asks again, in rounds kept
     * in step by a phaser, until the queue has nothing left for them. What each was handed.
     */
    private Map<String, List<String>> labelInLockstep() throws Exception {
        Phaser rounds = new Phaser(ANNOTATORS);
        Map<String, List<String>> handed = new ConcurrentHashMap<>();
        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(ANNOTATORS)) {
            for (int a = 1; a <= ANNOTATORS; a++) {
                String annotator = "annotator" + a + "@example.com";
                List<String> mine = handed.computeIfAbsent(annotator, k -> new ArrayList<>());
                work.add(threads.submit(() -> {
                    try {
                        while (true) {
                            rounds.arriveAndAwaitAdvance();
                            Item item = queue.claimNext(TASK, annotator, List.of()).orElse(null);
                            if (item == null) {
                                return null;
                            }
                            mine.add(item.key());
                            answers.save(TASK, item.key(), annotator, Answer.fromLabelValue("yes", null, null),
                                    Duration.ofSeconds(1));
                        }
                    } finally {
                        rounds.arriveAndDeregister();
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        }
        return handed;
    }

    private List<List<Object>> rows(String trustedSql) {
        return warehouse.query(sql().sql(trustedSql).build()).rows().stream()
                .map(row -> row.values().stream().map(v -> v instanceof Number n ? (Object) n.intValue() : v).toList())
                .toList();
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
