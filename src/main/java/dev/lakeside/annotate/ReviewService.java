package dev.lakeside.annotate;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static dev.lakeside.annotate.AnnotationTables.FINAL_LABELS;

/** Review of a task's labels: agreement, the items people disagree on, and adjudication. */
@Service
class ReviewService {

    private static final CachePolicy CACHE = CachePolicy.region("annotate");

    private final Warehouse warehouse;
    private final AnnotationTables tables;
    private final QueryCache cache;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    ReviewService(Warehouse warehouse, AnnotationTables tables, QueryCache cache, CurrentUser currentUser,
                  AuditTrail audit) {
        this.warehouse = warehouse;
        this.tables = tables;
        this.cache = cache;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    Agreement.Report agreement(LabelTask task) {
        tables.ensure(task);
        SqlStatement ratings = sql().sql("SELECT item_key, annotator, label FROM ").table(task.output())
                .sql(" WHERE task_id = ").value(task.id()).build();
        return Agreement.of(cached(ratings).map(r -> new Agreement.Rating(r.getString("item_key"),
                r.getString("annotator"), r.getString("label"))));
    }

    /** One page of disagreements, in item order. */
    List<Disagreement> disagreements(LabelTask task, long offset, int limit) {
        tables.ensure(task);
        SqlBuilder select = sql().sql("SELECT o.item_key, string_agg(o.annotator || ': ' || o.label, ', '")
                .sql(" ORDER BY o.annotator) AS labels, any_value(f.final_label) AS final_label, ");
        if (task.textColumns().isEmpty()) {
            select.sql("NULL AS preview");
        } else {
            select.sql("any_value(CAST(s.").identifier(task.textColumns().getLast()).sql(" AS VARCHAR)) AS preview");
        }
        disagreementsFrom(select, task).sql(" ORDER BY any_value(s.").identifier(task.keyColumn())
                .sql("), o.item_key LIMIT ").integer(limit).sql(" OFFSET ").integer(offset);
        return cached(select.build()).map(r -> new Disagreement(r.getString("item_key"), r.getString("preview"),
                r.getString("labels"), r.getString("final_label")));
    }

    int countDisagreements(LabelTask task) {
        tables.ensure(task);
        SqlBuilder count = sql().sql("SELECT count(*) FROM (SELECT o.item_key");
        disagreementsFrom(count, task).sql(")");
        return ((Number) cached(count.build()).singleValue()).intValue();
    }

    /** Records the final label for an item, replacing an earlier decision; audited. */
    void adjudicate(LabelTask task, String itemKey, String label) {
        if (!task.hasLabel(label)) {
            throw new IllegalArgumentException("\"" + label + "\" is not a label of this task.");
        }
        tables.ensure(task);
        String userId = currentUser.get().userId();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        warehouse.inTransaction(tx -> {
            String old = tx.query(sql().sql("SELECT final_label FROM ").table(FINAL_LABELS).sql(" WHERE task_id = ")
                    .value(task.id()).sql(" AND item_key = ").value(itemKey).build())
                    .rows().stream().findFirst().map(r -> r.getString("final_label")).orElse(null);
            int updated = tx.update(sql().sql("UPDATE ").table(FINAL_LABELS).sql(" SET final_label = ").value(label)
                    .sql(", decided_by = ").value(userId).sql(", decided_at = ").value(now)
                    .sql(" WHERE task_id = ").value(task.id()).sql(" AND item_key = ").value(itemKey).build());
            if (updated == 0) {
                tx.update(sql().sql("INSERT INTO ").table(FINAL_LABELS).sql(" VALUES (").value(task.id()).sql(", ")
                        .value(itemKey).sql(", ").value(label).sql(", ").value(userId).sql(", ").value(now).sql(")")
                        .build());
            }
            audit.record(tx, new AuditEntry(userId, FINAL_LABELS, task.id() + "/" + itemKey, "final_label", old, label));
            return null;
        });
    }

    private SqlBuilder disagreementsFrom(SqlBuilder select, LabelTask task) {
        return select.sql(" FROM ").table(task.output()).sql(" o LEFT JOIN ").table(FINAL_LABELS)
                .sql(" f ON f.task_id = o.task_id AND f.item_key = o.item_key LEFT JOIN ").table(task.source())
                .sql(" s ON CAST(s.").identifier(task.keyColumn()).sql(" AS VARCHAR) = o.item_key")
                .sql(" WHERE o.task_id = ").value(task.id())
                .sql(" GROUP BY o.item_key HAVING count(DISTINCT o.label) > 1");
    }

    private dev.lakeside.warehouse.QueryResult cached(SqlStatement statement) {
        return cache.get(statement, currentUser.cacheScope(), CACHE, () -> warehouse.query(statement));
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
