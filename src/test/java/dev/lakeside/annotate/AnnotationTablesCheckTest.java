package dev.lakeside.annotate;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableColumns;
import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A labelling task whose output table exists but lacks a column the answers write (made by hand, or by an
 * older version): nothing is claimed or written, the message names the columns and the DDL that adds them,
 * and readiness reports it for that task.
 */
class AnnotationTablesCheckTest {

    private static final TableName ITEMS = new TableName("test_src", "items");
    private static final TableName OUTPUT = new TableName("test_out", "handmade");
    private static final LabelTask TASK = LabelTask.from("handmade", new AnnotateProperties.TaskProperties("Handmade",
            ITEMS.toString(), "id", List.of("body"), null, null, QuestionType.SINGLE,
            List.of(new AnnotateProperties.LabelProperties("yes", null), new AnnotateProperties.LabelProperties("no", null)),
            false, 0, 2, "", OUTPUT.toString()));

    @TempDir
    Path folder;
    private DuckDbWarehouse warehouse;

    @BeforeEach
    void tables() {
        warehouse = new DuckDbWarehouse(folder.resolve("check.duckdb"), Duration.ofSeconds(60), written -> { });
        warehouse.update(sql().sql("CREATE SCHEMA test_src").build());
        warehouse.update(sql().sql("CREATE TABLE ").table(ITEMS).sql(" AS SELECT i AS id, 'Item ' || i AS body")
                .sql(" FROM range(1, 4) t(i)").build());
        warehouse.update(sql().sql("CREATE SCHEMA test_out").build());
        warehouse.update(sql().sql("CREATE TABLE ").table(OUTPUT).sql(" (task_id VARCHAR, item_key VARCHAR,")
                .sql(" annotator VARCHAR, label VARCHAR, labelled_at TIMESTAMP)").build());
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void outputTableLacksColumns_claimRefusedNamingThem_nothingWritten_readinessSaysWhy() {
        LabelDatabase labels = new LabelDatabase(new InTheWarehouse(warehouse));
        AnnotationTables tables = new AnnotationTables(warehouse, labels);
        LabellingQueue queue = new LabellingQueue(warehouse, tables, null,
                new AnnotateProperties(Duration.ofMinutes(10), Duration.ZERO, Duration.ZERO, Map.of()), null, labels);

        assertThatThrownBy(() -> queue.claimNext(TASK, "ada@example.com", List.of()))
                .isInstanceOf(TableColumns.TableIncomplete.class)
                .extracting(e -> ((TableColumns.TableIncomplete) e).userMessage()).asString()
                .isEqualTo("The table test_out.handmade lacks the columns note, rating, seconds_taken, revision, so no"
                        + " annotation can be saved. A workspace admin can add them with: ALTER TABLE test_out.handmade"
                        + " ADD COLUMNS (note STRING, rating INTEGER, seconds_taken DOUBLE, revision INTEGER)");
        assertThat(warehouse.query(sql().sql("SELECT count(*) FROM ").table(AnnotationTables.ASSIGNMENTS).build())
                .singleValue()).isEqualTo(0L);
        assertThat(tables.checked()).containsOnlyKeys("handmade")
                .hasEntrySatisfying("handmade", why -> assertThat(why).contains("lacks the columns note"));
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
