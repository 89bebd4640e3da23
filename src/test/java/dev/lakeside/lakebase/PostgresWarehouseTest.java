package dev.lakeside.lakebase;

import com.zaxxer.hikari.HikariDataSource;
import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditRecord;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TablesWritten;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A write and its audit row in one Postgres transaction, on a migrated real database. */
class PostgresWarehouseTest {

    private static final TableName ANSWERS = new TableName("lakeside_meta", "annotation_answers");

    private static HikariDataSource pool;
    private static PostgresWarehouse database;
    private static AuditTrail audit;
    private static final List<TablesWritten> committed = new ArrayList<>();

    @BeforeAll
    static void migratedDatabase() {
        EmbeddedLakebase lakebase = EmbeddedLakebase.create();
        pool = LakebasePool.open(lakebase.properties("disable", Duration.ofMinutes(45)), lakebase.rotatingTokens());
        LakebaseMigrations.migrate(pool);
        database = new PostgresWarehouse(pool, Duration.ofSeconds(30), committed::add);
        audit = AuditTrail.inMigratedSchema(database);
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void answerAndAudit_areCommittedTogether() {
        database.inTransaction(tx -> {
            tx.update(insertAnswer("item-1", "ada@example.com", "positive"));
            audit.record(tx, entry("ada@example.com", "item-1"));
            return null;
        });

        assertThat(labels("item-1")).containsExactly("ada@example.com positive");
        assertThat(audit.history("annotate", "t/item-1", 10)).extracting(AuditRecord::entry)
                .containsExactly(entry("ada@example.com", "item-1"));
        assertThat(committed).last().extracting(TablesWritten::tables).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).contains(ANSWERS, AuditTrail.AUDIT_TABLE);
    }

    @Test
    void auditRowViolatesAConstraint_theAnswerWrittenBeforeItIsRolledBack() {
        int commitsBefore = committed.size();

        // The audit log requires a user (NOT NULL): the second statement fails after the first succeeded.
        assertThatThrownBy(() -> database.inTransaction(tx -> {
            tx.update(insertAnswer("item-2", "bob@example.com", "negative"));
            audit.record(tx, entry(null, "item-2"));
            return null;
        })).isInstanceOf(WarehouseException.class).hasMessageContaining("user_id");

        assertThat(labels("item-2")).isEmpty();
        assertThat(audit.history("annotate", "t/item-2", 10)).isEmpty();
        assertThat(committed).hasSize(commitsBefore);
    }

    private static AuditEntry entry(String user, String item) {
        return new AuditEntry(user, ANSWERS, "t/" + item, "label", null, "positive", "annotate", null,
                AuditEntry.Kind.INSERT);
    }

    private static dev.lakeside.warehouse.SqlStatement insertAnswer(String item, String annotator, String label) {
        return sql().sql("INSERT INTO ").table(ANSWERS).sql(" VALUES ('t', ").value(item).sql(", ").value(annotator)
                .sql(", ").value(label).sql(", NULL, NULL, 1.5, ").value(LocalDateTime.of(2026, 11, 23, 12, 0))
                .sql(", 1)").build();
    }

    private static List<String> labels(String item) {
        return database.query(sql().sql("SELECT annotator, label FROM ").table(ANSWERS).sql(" WHERE item_key = ")
                .value(item).build()).map(r -> r.getString("annotator") + " " + r.getString("label"));
    }

    private static SqlBuilder sql() {
        return new SqlBuilder(database.dialect());
    }
}
