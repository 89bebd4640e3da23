package dev.lakeside.annotate;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.lakeside.annotate.AnnotationTables.FINAL_LABELS;

/** Review of a task's labels: agreement, the items people disagree on, and adjudication. */
@Service
class ReviewService {

    private static final CachePolicy CACHE = CachePolicy.region("annotate");

    private final Warehouse warehouse;
    private final AnnotationTables tables;
    private final QueryCache cache;
    private final CurrentUser currentUser;
    private final LabelDatabase labels;

    ReviewService(Warehouse warehouse, AnnotationTables tables, QueryCache cache, CurrentUser currentUser,
                  LabelDatabase labels) {
        this.warehouse = warehouse;
        this.tables = tables;
        this.cache = cache;
        this.currentUser = currentUser;
        this.labels = labels;
    }

    /** Where the labels are kept, for people: the warehouse or Lakebase. */
    String storeName() {
        return labels.displayName();
    }

    Agreement.Report agreement(LabelTask task) {
        tables.ensure(task);
        SqlStatement ratings = labels.sql().sql("SELECT item_key, annotator, label FROM ").table(labels.answers(task))
                .sql(" WHERE task_id = ").value(task.id()).build();
        return Agreement.of(cached(labels.database(), ratings).map(r -> new Agreement.Rating(r.getString("item_key"),
                r.getString("annotator"), r.getString("label"))));
    }

    /** One page of disagreements, in item order. */
    List<Disagreement> disagreements(LabelTask task, long offset, int limit) {
        tables.ensure(task);
        if (!labels.inWarehouse()) {
            return separateDisagreements(task, offset, limit);
        }
        SqlBuilder select = sql().sql("SELECT o.item_key, ")
                .sql(warehouse.dialect().orderedTextList("o.annotator || ': ' || o.label", "', '", "o.annotator"))
                .sql(" AS labels, any_value(f.final_label) AS final_label, ");
        if (task.textColumns().isEmpty()) {
            select.sql("NULL AS preview");
        } else {
            select.sql("any_value(CAST(s.").identifier(task.textColumns().getLast()).sql(" AS STRING)) AS preview");
        }
        // The order key is selected: Spark SQL cannot sort by an aggregate outside the select list after HAVING.
        select.sql(", any_value(s.").identifier(task.keyColumn()).sql(") AS source_order");
        disagreementsFrom(select, task).sql(" ORDER BY source_order, o.item_key LIMIT ").integer(limit)
                .sql(" OFFSET ").integer(offset);
        return cached(warehouse, select.build()).map(r -> new Disagreement(r.getString("item_key"), r.getString("preview"),
                r.getString("labels"), r.getString("final_label")));
    }

    int countDisagreements(LabelTask task) {
        tables.ensure(task);
        SqlBuilder count = labels.sql().sql("SELECT count(*) FROM (SELECT o.item_key FROM ").table(labels.answers(task))
                .sql(" o WHERE o.task_id = ").value(task.id())
                .sql(" GROUP BY o.item_key HAVING count(DISTINCT o.label) > 1) disagreements");
        return ((Number) cached(labels.database(), count.build()).singleValue()).intValue();
    }

    /** Records the final label for an item, replacing an earlier decision; audited. */
    void adjudicate(LabelTask task, String itemKey, String label) {
        if (!task.hasLabel(label)) {
            throw new IllegalArgumentException("\"" + label + "\" is not a label of this task.");
        }
        tables.ensure(task);
        String userId = currentUser.get().userId();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        TableName finals = labels.finalLabels();
        labels.database().inTransaction(tx -> {
            String old = tx.query(labels.sql().sql("SELECT final_label FROM ").table(finals).sql(" WHERE task_id = ")
                    .value(task.id()).sql(" AND item_key = ").value(itemKey).build())
                    .rows().stream().findFirst().map(r -> r.getString("final_label")).orElse(null);
            int updated = tx.update(labels.sql().sql("UPDATE ").table(finals).sql(" SET final_label = ").value(label)
                    .sql(", decided_by = ").value(userId).sql(", decided_at = ").value(now)
                    .sql(" WHERE task_id = ").value(task.id()).sql(" AND item_key = ").value(itemKey).build());
            if (updated == 0) {
                tx.update(labels.sql().sql("INSERT INTO ").table(finals).sql(" VALUES (").value(task.id()).sql(", ")
                        .value(itemKey).sql(", ").value(label).sql(", ").value(userId).sql(", ").value(now).sql(")")
                        .build());
            }
            labels.audit().record(tx, new AuditEntry(userId, finals, task.id() + "/" + itemKey, "final_label", old, label));
            return null;
        });
    }

    /**
     * Disagreements when answers are in Lakebase: the page comes from Postgres in item-key order (as
     * text), and the items' text from the warehouse in a second query, for that page's keys only.
     */
    private List<Disagreement> separateDisagreements(LabelTask task, long offset, int limit) {
        SqlBuilder start = labels.sql();
        SqlStatement page = start.sql("SELECT o.item_key, ")
                .sql(start.dialect().orderedTextList("o.annotator || ': ' || o.label", "', '", "o.annotator"))
                .sql(" AS labels, min(f.final_label) AS final_label FROM ").table(labels.answers(task))
                .sql(" o LEFT JOIN ").table(labels.finalLabels())
                .sql(" f ON f.task_id = o.task_id AND f.item_key = o.item_key WHERE o.task_id = ").value(task.id())
                .sql(" GROUP BY o.item_key HAVING count(DISTINCT o.label) > 1 ORDER BY o.item_key LIMIT ").integer(limit)
                .sql(" OFFSET ").integer(offset).build();
        List<Row> rows = cached(labels.database(), page).rows();
        Map<String, String> previews = previews(task, rows.stream().map(r -> r.getString("item_key")).toList());
        return rows.stream().map(r -> new Disagreement(r.getString("item_key"), previews.get(r.getString("item_key")),
                r.getString("labels"), r.getString("final_label"))).toList();
    }

    private Map<String, String> previews(LabelTask task, List<String> keys) {
        if (keys.isEmpty() || task.textColumns().isEmpty()) {
            return Map.of();
        }
        SqlStatement select = sql().sql("SELECT CAST(").identifier(task.keyColumn()).sql(" AS STRING) AS item_key, CAST(")
                .identifier(task.textColumns().getLast()).sql(" AS STRING) AS preview FROM ").table(task.source())
                .sql(" WHERE CAST(").identifier(task.keyColumn()).sql(" AS STRING) IN (").values(keys).sql(")").build();
        Map<String, String> previews = new HashMap<>();
        cached(warehouse, select).rows().forEach(r -> previews.put(r.getString("item_key"), r.getString("preview")));
        return previews;
    }

    private SqlBuilder disagreementsFrom(SqlBuilder select, LabelTask task) {
        return select.sql(" FROM ").table(task.output()).sql(" o LEFT JOIN ").table(FINAL_LABELS)
                .sql(" f ON f.task_id = o.task_id AND f.item_key = o.item_key LEFT JOIN ").table(task.source())
                .sql(" s ON CAST(s.").identifier(task.keyColumn()).sql(" AS STRING) = o.item_key")
                .sql(" WHERE o.task_id = ").value(task.id())
                .sql(" GROUP BY o.item_key HAVING count(DISTINCT o.label) > 1");
    }

    private QueryResult cached(Warehouse database, SqlStatement statement) {
        return cache.get(statement, currentUser.cacheScope(), CACHE, () -> database.query(statement));
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
