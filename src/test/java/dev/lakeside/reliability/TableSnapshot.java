package dev.lakeside.reliability;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every base table of the warehouse with its row count and an order-independent hash of all its
 * values, read straight from the warehouse: two equal snapshots mean nothing was written, dropped
 * or created in between.
 */
record TableSnapshot(Map<String, String> tables) {

    static TableSnapshot of(Warehouse warehouse) {
        return of(warehouse, Set.of());
    }

    /** A snapshot that leaves out tables legitimately written meanwhile (such as a saved label). */
    static TableSnapshot of(Warehouse warehouse, Set<String> ignored) {
        Map<String, String> tables = new TreeMap<>();
        warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT table_schema, table_name FROM information_schema.tables"
                        + " WHERE table_type = 'BASE TABLE' ORDER BY 1, 2").build())
                .rows().forEach(row -> {
                    TableName table = new TableName(row.getString("table_schema"), row.getString("table_name"));
                    String name = table.schema() + "." + table.table();
                    tables.put(name, ignored.contains(name) ? "ignored" : checksum(warehouse, table));
                });
        return new TableSnapshot(tables);
    }

    private static String checksum(Warehouse warehouse, TableName table) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*), sum(hash(COLUMNS(*))) FROM ")
                .table(table).build()).rows().getFirst().values().toString();
    }

    /** The tables that differ from {@code other}'s (new, dropped or changed), for a failure message. */
    java.util.List<String> differencesFrom(TableSnapshot other) {
        java.util.Set<String> names = new java.util.TreeSet<>(tables.keySet());
        names.addAll(other.tables.keySet());
        return names.stream().filter(n -> !java.util.Objects.equals(tables.get(n), other.tables.get(n)))
                .map(n -> n + (other.tables.containsKey(n) ? tables.containsKey(n) ? " changed" : " dropped" : " created"))
                .toList();
    }

    long rows(String table) {
        String value = tables.get(table);
        return Long.parseLong(value.substring(1, value.indexOf(',')));
    }
}
