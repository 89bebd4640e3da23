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
 * Hands out items. Each item has {@code overlap} slots; an annotator holds one through a lease row,
 * taken by {@link SlotLeases} without relying on an enforced key or a transaction. Leases expire, so
 * an abandoned item returns to the queue. A lost race (the slot taken meanwhile, a competing claim,
 * a write conflict or key violation from the engine) means: pause at random, then look again.
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
    private final SlotLeases leases;
    private final Clock clock;

    LabellingQueue(Warehouse warehouse, AnnotationTables tables, QueryCache cache, AnnotateProperties properties,
                   CurrentUser currentUser, LabelDatabase labels) {
        this.warehouse = warehouse;
        this.labels = labels;
        this.currentUser = currentUser;
        this.tables = tables;
        this.cache = cache;
        this.properties = properties;
        this.leases = new SlotLeases(warehouse);
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
        boolean expiredRemoved = false;
        for (int attempt = 1; ; attempt++) {
            int candidates = Math.min(attempt * 2 - 1, MAX_CANDIDATES);
            try {
                if (!expiredRemoved) {
                    leases.removeExpired(task, now);
                    expiredRemoved = true;
                }
                Claim claim = tryClaim(task, annotator, exclude, now, candidates);
                if (claim.settled()) {
                    return claim.item();
                }
            } catch (WarehouseException e) {
                // A write conflict or key violation: another annotator wrote first.
                if (attempt == CLAIM_ATTEMPTS || e.reason() == WarehouseException.Reason.INVALID_STATEMENT) {
                    throw e;
                }
            }
            if (attempt == CLAIM_ATTEMPTS) {
                throw new WarehouseException(WarehouseException.Reason.FAILED,
                        "Lost the race for a slot " + CLAIM_ATTEMPTS + " times in a row", null);
            }
            pause(attempt); // another annotator took the slot first: look again
        }
    }

    /**
     * One try at one of the best {@code candidates} items, picked at random: after a lost race, the
     * annotators who lost spread over the next best items instead of all racing for the same one again.
     */
    private Claim tryClaim(LabelTask task, String annotator, Collection<String> exclude, LocalDateTime now,
                           int candidates) {
        QueryResult found = warehouse.query(candidates(task, annotator, exclude, candidates));
        if (found.size() == 0) {
            return Claim.NOTHING_LEFT;
        }
        Row first = found.rows().getFirst();
        Row row = first.getLong("my_lease__") > 0 ? first
                : found.rows().get(ThreadLocalRandom.current().nextInt(found.size()));
        Item item = toItem(task, row);
        List<SlotLeases.Lease> rows = leases.of(task, item.key());
        if (row.getLong("my_lease__") > 0) {
            return keepHeldLease(task, item, annotator, rows);
        }
        Set<Integer> taken = new HashSet<>();
        rows.forEach(lease -> taken.add(lease.slot()));
        int slot = 0;
        while (taken.contains(slot)) {
            slot++;
        }
        if (slot >= task.overlap()) {
            return Claim.LOST; // filled up since the candidates were read
        }
        return leases.take(task, item.key(), slot, annotator, now.plus(properties.leaseDuration()))
                ? Claim.of(item) : Claim.LOST;
    }

    /**
     * A lease the annotator already holds (after a reload) stays theirs, unless another annotator
     * holds the same slot: then it is a row whose withdrawal failed, and it is given up too.
     */
    private Claim keepHeldLease(LabelTask task, Item item, String annotator, List<SlotLeases.Lease> rows) {
        Optional<SlotLeases.Lease> mine = rows.stream()
                .filter(lease -> lease.annotator().equals(annotator) && lease.leased()).findFirst();
        if (mine.isEmpty()) {
            return Claim.LOST; // expired or given back since the candidates were read
        }
        if (rows.stream().anyMatch(lease -> lease.slot() == mine.get().slot() && !lease.annotator().equals(annotator))) {
            leases.release(task, item.key(), annotator);
            return Claim.LOST;
        }
        return Claim.of(item);
    }

    private SqlStatement candidates(LabelTask task, String annotator, Collection<String> exclude, int candidates) {
        SqlBuilder select = sql().sql("SELECT CAST(s.").identifier(task.keyColumn()).sql(" AS STRING) AS item_key__, ")
                .sql("coalesce(a.my_lease, 0) AS my_lease__");
        for (String column : task.itemColumns()) {
            select.sql(", s.").identifier(column);
        }
        select.sql(" FROM ").table(task.source()).sql(" s LEFT JOIN (SELECT item_key, count(*) AS taken,")
                .sql(" count(*) FILTER (WHERE annotator = ").value(annotator).sql(") AS mine,")
                .sql(" count(*) FILTER (WHERE annotator = ").value(annotator).sql(" AND state = 'leased') AS my_lease")
                .sql(" FROM ").table(ASSIGNMENTS).sql(" WHERE task_id = ").value(task.id())
                .sql(" GROUP BY item_key) a ON a.item_key = CAST(s.").identifier(task.keyColumn()).sql(" AS STRING)")
                .sql(" WHERE (a.item_key IS NULL OR (a.mine = 0 AND a.taken < ").value(task.overlap())
                .sql(") OR a.my_lease > 0)");
        if (!exclude.isEmpty()) {
            select.sql(" AND CAST(s.").identifier(task.keyColumn()).sql(" AS STRING) NOT IN (").values(exclude).sql(")");
        }
        return select.sql(" ORDER BY coalesce(a.my_lease, 0) DESC, coalesce(a.taken, 0) DESC, s.")
                .identifier(task.keyColumn()).sql(" LIMIT ").integer(candidates).build();
    }

    /** How one try ended: an item (or none left) settles the claim; a lost race does not. */
    private record Claim(boolean settled, Optional<Item> item) {
        static final Claim NOTHING_LEFT = new Claim(true, Optional.empty());
        static final Claim LOST = new Claim(false, Optional.empty());

        static Claim of(Item item) {
            return new Claim(true, Optional.of(item));
        }
    }

    /** Gives up the annotator's lease on an item they did not label. */
    void release(LabelTask task, String itemKey, String annotator) {
        leases.release(task, itemKey, annotator);
    }

    /** An item by key, for going back to one already labelled. */
    Optional<Item> item(LabelTask task, String itemKey) {
        SqlBuilder select = sql().sql("SELECT CAST(").identifier(task.keyColumn()).sql(" AS STRING) AS item_key__");
        for (String column : task.itemColumns()) {
            select.sql(", ").identifier(column);
        }
        select.sql(" FROM ").table(task.source()).sql(" WHERE CAST(").identifier(task.keyColumn())
                .sql(" AS STRING) = ").value(itemKey);
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
