package dev.lakeside.warehouse;

import java.util.Set;

/** Published after a transaction that wrote these tables has committed. */
public record TablesWritten(Set<TableName> tables) {

    public TablesWritten {
        tables = Set.copyOf(tables);
    }
}
