package dev.lakeside.cache;

import dev.lakeside.warehouse.TableName;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A counter per table, advanced on every committed write. A load compares the counters of the
 * tables it reads before and after it runs to learn whether a write may have overtaken it.
 */
final class TableGenerations {

    private final Map<TableName, Long> generations = new ConcurrentHashMap<>();

    /** Records that these tables were written. */
    void advance(Set<TableName> tables) {
        for (TableName table : tables) {
            generations.merge(table, 1L, Long::sum);
        }
    }

    /** The current counters of these tables, to hand back to {@link #changedSince}. */
    Map<TableName, Long> snapshot(Set<TableName> tables) {
        Map<TableName, Long> snapshot = new HashMap<>();
        for (TableName table : tables) {
            snapshot.put(table, generations.getOrDefault(table, 0L));
        }
        return snapshot;
    }

    /** Whether any table in the snapshot has been written since it was taken. */
    boolean changedSince(Map<TableName, Long> snapshot) {
        for (Map.Entry<TableName, Long> entry : snapshot.entrySet()) {
            if (!generations.getOrDefault(entry.getKey(), 0L).equals(entry.getValue())) {
                return true;
            }
        }
        return false;
    }
}
