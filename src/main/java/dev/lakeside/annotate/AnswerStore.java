package dev.lakeside.annotate;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import static dev.lakeside.annotate.AnnotationTables.ASSIGNMENTS;

/**
 * Writes answers: one row per item and annotator, with who, when and how long it took. Changing an
 * answer updates that row and counts up its revision. In the warehouse, the lease becomes a done
 * slot in the same transaction. In Lakebase, the answer and its audit row are one Postgres
 * transaction, and the lease is marked done in the warehouse after it commits (if that fails, the
 * save is reported failed and retried; the answer row is then updated, not duplicated).
 */
@Service
class AnswerStore {

    static final String TOOL = "annotate";

    private final Warehouse warehouse;
    private final AnnotationTables tables;
    private final LabelDatabase labels;
    private final Clock clock = Clock.systemUTC();

    AnswerStore(Warehouse warehouse, AnnotationTables tables, LabelDatabase labels) {
        this.warehouse = warehouse;
        this.tables = tables;
        this.labels = labels;
    }

    /**
     * Saves an answer, or throws (leaving nothing half-written) so the caller can keep it and retry.
     *
     * @throws IllegalArgumentException if the answer does not fit the task's question
     */
    void save(LabelTask task, String itemKey, String annotator, Answer answer, Duration taken) {
        validate(task, answer);
        tables.ensure(task);
        LocalDateTime now = LocalDateTime.now(clock);
        double seconds = taken.toMillis() / 1000.0;
        if (labels.inWarehouse()) {
            warehouse.inTransaction(tx -> {
                upsert(tx, sql(), task, itemKey, annotator, answer, seconds, now);
                return tx.update(markDone(task, itemKey, annotator));
            });
            return;
        }
        labels.database().inTransaction(tx -> {
            String old = tx.query(labels.sql().sql("SELECT label FROM ").table(labels.answers(task))
                    .sql(whereItem()).value(task.id()).sql(" AND item_key = ").value(itemKey)
                    .sql(" AND annotator = ").value(annotator).build())
                    .rows().stream().findFirst().map(r -> r.getString("label")).orElse(null);
            upsert(tx, labels.sql(), task, itemKey, annotator, answer, seconds, now);
            labels.audit().record(tx, new AuditEntry(annotator, labels.answers(task), task.id() + "/" + itemKey,
                    "label", old, answer.labelValue(), TOOL, null,
                    old == null ? AuditEntry.Kind.INSERT : AuditEntry.Kind.UPDATE));
            return null;
        });
        warehouse.update(markDone(task, itemKey, annotator));
    }

    private void upsert(Warehouse.Transaction tx, SqlBuilder sql, LabelTask task, String itemKey, String annotator,
                        Answer answer, double seconds, LocalDateTime now) {
        TableName table = labels.answers(task);
        int updated = tx.update(sql.sql("UPDATE ").table(table).sql(" SET label = ").value(answer.labelValue())
                .sql(", note = ").value(answer.note()).sql(", rating = ").value(answer.rating())
                .sql(", seconds_taken = ").value(seconds).sql(", labelled_at = ").value(now)
                .sql(", revision = revision + 1").sql(whereItem()).value(task.id()).sql(" AND item_key = ")
                .value(itemKey).sql(" AND annotator = ").value(annotator).build());
        if (updated == 0) {
            tx.update(new SqlBuilder(sql.dialect()).sql("INSERT INTO ").table(table).sql(" VALUES (").value(task.id())
                    .sql(", ").value(itemKey).sql(", ").value(annotator).sql(", ").value(answer.labelValue()).sql(", ")
                    .value(answer.note()).sql(", ").value(answer.rating()).sql(", ").value(seconds).sql(", ")
                    .value(now).sql(", 1)").build());
        }
    }

    private SqlStatement markDone(LabelTask task, String itemKey, String annotator) {
        return sql().sql("UPDATE ").table(ASSIGNMENTS).sql(" SET state = 'done', expires_at = NULL")
                .sql(whereItem()).value(task.id()).sql(" AND item_key = ").value(itemKey)
                .sql(" AND annotator = ").value(annotator).sql(" AND state = 'leased'").build();
    }

    /** The annotator's saved answer for an item, if any. */
    Optional<Answer> answerOf(LabelTask task, String itemKey, String annotator) {
        tables.ensure(task);
        QueryResult result = labels.database().query(labels.sql().sql("SELECT label, note, rating FROM ").table(labels.answers(task))
                .sql(whereItem()).value(task.id()).sql(" AND item_key = ").value(itemKey)
                .sql(" AND annotator = ").value(annotator).build());
        return result.rows().stream().findFirst().map(AnswerStore::toAnswer);
    }

    private static Answer toAnswer(Row row) {
        Long rating = row.getLong("rating");
        return Answer.fromLabelValue(row.getString("label"), row.getString("note"),
                rating == null ? null : rating.intValue());
    }

    static void validate(LabelTask task, Answer answer) {
        if (answer.labels().isEmpty()) {
            throw new IllegalArgumentException("Pick a label first.");
        }
        if (task.question() == QuestionType.SINGLE && answer.labels().size() > 1) {
            throw new IllegalArgumentException("This task takes one label per item.");
        }
        answer.labels().stream().filter(l -> !task.hasLabel(l)).findFirst().ifPresent(l -> {
            throw new IllegalArgumentException("\"" + l + "\" is not a label of this task.");
        });
        if (answer.rating() != null && (answer.rating() < 1 || answer.rating() > task.ratingMax())) {
            throw new IllegalArgumentException("A rating must be between 1 and " + task.ratingMax() + ".");
        }
        if (answer.note() != null && (!task.note() || answer.note().length() > 2000)) {
            throw new IllegalArgumentException("Notes are limited to 2,000 characters.");
        }
    }

    private static String whereItem() {
        return " WHERE task_id = ";
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
