package dev.lakeside.annotate;

import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static dev.lakeside.annotate.AnnotationTables.ASSIGNMENTS;

/**
 * Hands out items. Each item has {@code overlap} slots; claiming one inserts a lease row keyed by
 * (task, item, slot) inside a transaction, so when two annotators race for the same slot the
 * warehouse refuses one of them and that one claims again. Leases expire, so an abandoned item
 * returns to the queue.
 */
@Service
class LabellingQueue {

    private static final int CLAIM_ATTEMPTS = 20;
    private static final int MAX_CANDIDATES = 16;
    private static final CachePolicy CACHE = CachePolicy.region("annotate");

    private final Warehouse warehouse;
    private final AnnotationTables tables;
    private final QueryCache cache;
    private final AnnotateProperties properties;
    private final CurrentUser currentUser;
    private final LabelDatabase labels;
    private final Clock clock;

    LabellingQueue(Warehouse warehouse, AnnotationTables tables, QueryCache cache, AnnotateProperties properties,
                   CurrentUser currentUser, LabelDatabase labels) {
        this.warehouse = warehouse;
        this.labels = labels;
        this.currentUser = currentUser;
        this.tables = tables;
        this.cache = cache;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /**
     * The annotator's next item: first one they already hold a lease on, else a new one they
     * have not labelled that still has a free slot, preferring items others have started so
     * items get completed. Items in {@code exclude} are passed over.
     */
    Optional<Item> claimNext(LabelTask task, String annotator, Collection<String> exclude) {
        tables.ensure(task);
        LocalDateTime now = LocalDateTime.now(clock);
        warehouse.update(sql().sql("DELETE FROM ").table(ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" AND state = 'leased' AND expires_at < ").value(now).build());
        for (int attempt = 1; ; attempt++) {
            int candidates = Math.min(attempt * 2 - 1, MAX_CANDIDATES);
            try {
                return warehouse.inTransaction(tx -> claimIn(tx, task, annotator, exclude, now, candidates));
            } catch (WarehouseException e) {
                if (attempt == CLAIM_ATTEMPTS || e.reason() == WarehouseException.Reason.INVALID_STATEMENT) {
                    throw e;
                }
                pause(attempt); // another annotator took the slot first: look again
            }
        }
    }

    /**
     * Claims one of the best {@code candidates} items, picked at random: after a lost race, the
     * annotators who lost spread over the next best items instead of all racing for the same one again.
     */
    private Optional<Item> claimIn(Warehouse.Transaction tx, LabelTask task, String annotator,
                                   Collection<String> exclude, LocalDateTime now, int candidates) {
        SqlBuilder select = sql().sql("SELECT CAST(s.").identifier(task.keyColumn()).sql(" AS VARCHAR) AS item_key__, ")
                .sql("coalesce(a.my_lease, 0) AS my_lease__");
        for (String column : task.itemColumns()) {
            select.sql(", s.").identifier(column);
        }
        select.sql(" FROM ").table(task.source()).sql(" s LEFT JOIN (SELECT item_key, count(*) AS taken,")
                .sql(" count(*) FILTER (WHERE annotator = ").value(annotator).sql(") AS mine,")
                .sql(" count(*) FILTER (WHERE annotator = ").value(annotator).sql(" AND state = 'leased') AS my_lease")
                .sql(" FROM ").table(ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" GROUP BY item_key) a ON a.item_key = CAST(s.").identifier(task.keyColumn()).sql(" AS VARCHAR)")
                .sql(" WHERE (a.item_key IS NULL OR (a.mine = 0 AND a.taken < ").value(task.overlap())
                .sql(") OR a.my_lease > 0)");
        if (!exclude.isEmpty()) {
            select.sql(" AND CAST(s.").identifier(task.keyColumn()).sql(" AS VARCHAR) NOT IN (").values(exclude).sql(")");
        }
        select.sql(" ORDER BY coalesce(a.my_lease, 0) DESC, coalesce(a.taken, 0) DESC, s.")
                .identifier(task.keyColumn()).sql(" LIMIT ").integer(candidates);
        QueryResult found = tx.query(select.build());
        if (found.size() == 0) {
            return Optional.empty();
        }
        Row first = found.rows().getFirst();
        Row row = first.getLong("my_lease__") > 0 ? first
                : found.rows().get(ThreadLocalRandom.current().nextInt(found.size()));
        Item item = toItem(task, row);
        if (row.getLong("my_lease__") > 0) {
            return Optional.of(item);
        }
        Set<Long> taken = new HashSet<>(tx.query(sql().sql("SELECT slot FROM ").table(ASSIGNMENTS)
                .sql(" WHERE task_id = ").value(task.id()).sql(" AND item_key = ").value(item.key()).build())
                .map(r -> r.getLong("slot")));
        int slot = 0;
        while (taken.contains((long) slot)) {
            slot++;
        }
        tx.update(sql().sql("INSERT INTO ").table(ASSIGNMENTS).sql(" VALUES (").value(task.id()).sql(", ")
                .value(item.key()).sql(", ").value(slot).sql(", ").value(annotator).sql(", 'leased', ")
                .value(now.plus(properties.leaseDuration())).sql(")").build());
        return Optional.of(item);
    }

    /** Gives up the annotator's lease on an item they did not label. */
    void release(LabelTask task, String itemKey, String annotator) {
        warehouse.update(sql().sql("DELETE FROM ").table(ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" AND item_key = ").value(itemKey).sql(" AND annotator = ").value(annotator)
                .sql(" AND state = 'leased'").build());
    }

    /** An item by key, for going back to one already labelled. */
    Optional<Item> item(LabelTask task, String itemKey) {
        SqlBuilder select = sql().sql("SELECT CAST(").identifier(task.keyColumn()).sql(" AS VARCHAR) AS item_key__");
        for (String column : task.itemColumns()) {
            select.sql(", ").identifier(column);
        }
        select.sql(" FROM ").table(task.source()).sql(" WHERE CAST(").identifier(task.keyColumn())
                .sql(" AS VARCHAR) = ").value(itemKey);
        return warehouse.query(select.build()).rows().stream().findFirst().map(row -> toItem(task, row));
    }

    Progress progress(LabelTask task, String annotator) {
        tables.ensure(task);
        TableName answers = labels.answers(task);
        Row row = labels.database().query(labels.sql().sql("SELECT count(*) FILTER (WHERE annotator = ").value(annotator)
                .sql(") AS mine, count(*) AS everyone, (SELECT count(*) FROM (SELECT item_key FROM ").table(answers)
                .sql(" WHERE task_id = ").value(task.id()).sql(" GROUP BY item_key HAVING count(DISTINCT annotator) >= ")
                .value(task.overlap()).sql(") complete_items) AS complete FROM ").table(answers)
                .sql(" WHERE task_id = ").value(task.id()).build()).rows().getFirst();
        long total = totalItems(task);
        return new Progress(row.getLong("mine"), row.getLong("everyone"), total,
                Math.max(0, total - row.getLong("complete")), task.overlap());
    }

    long totalItems(LabelTask task) {
        SqlStatement count = sql().sql("SELECT count(*) FROM ").table(task.source()).build();
        // Read as the user in identity mode user: the count is only what their grants let them see.
        return ((Number) cache.get(count, currentUser.cacheScope(), CACHE, () -> warehouse.query(count)).singleValue()).longValue();
    }

    private static Item toItem(LabelTask task, Row row) {
        List<Item.Field> fields = task.textColumns().stream()
                .map(c -> new Item.Field(c, row.get(c) == null ? "" : row.get(c).toString())).toList();
        String image = task.imageColumn() == null ? null : row.getString(task.imageColumn());
        return new Item(row.getString("item_key__"), fields, image);
    }

    /** A random pause that grows with each lost race (up to 250 ms), so racing annotators fall out of step. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, Math.min(5L << Math.min(attempt, 6), 250)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while claiming an item", e);
        }
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
