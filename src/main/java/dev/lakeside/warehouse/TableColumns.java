package dev.lakeside.warehouse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a table Lakeside writes has the columns it writes, from the columns of {@code SELECT * ... LIMIT 0}:
 * no {@code information_schema}, which open-source Spark lacks, and no rows read.
 */
public final class TableColumns {

    private TableColumns() {
    }

    /**
     * Refuses, before anything is written, a table that lacks any of {@code columns} (name to type).
     *
     * @throws TableIncomplete naming the missing columns and the DDL that adds them
     */
    public static void require(Warehouse warehouse, TableName table, Map<String, String> columns, String purpose) {
        Set<String> present = warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT * FROM ").table(table)
                .sql(" LIMIT 0").build()).columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> missing = columns.keySet().stream().filter(c -> !present.contains(c.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            String name = warehouse.dialect().qualify(table).replace("`", "").replace("\"", "");
            throw new TableIncomplete("The table " + name + " lacks the columns " + String.join(", ", missing) + ", so "
                    + purpose + ". A workspace admin can add them with: ALTER TABLE " + name + " ADD COLUMNS ("
                    + missing.stream().map(c -> c + " " + warehouse.dialect().typeName(columns.get(c)))
                    .collect(Collectors.joining(", ")) + ")");
        }
    }

    /** Writes are refused because a table lacks columns; the message names them and the DDL that adds them. */
    public static final class TableIncomplete extends WarehouseException {

        TableIncomplete(String userMessage) {
            super(Reason.INVALID_STATEMENT, userMessage, null);
        }

        @Override
        public String userMessage() {
            return getMessage();
        }
    }
}
