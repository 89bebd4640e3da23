package dev.lakeside.explore;

import dev.lakeside.catalog.ColumnEntry;
import dev.lakeside.catalog.ColumnKind;
import dev.lakeside.catalog.TableEntry;
import dev.lakeside.warehouse.Identifiers;
import dev.lakeside.warehouse.TableName;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table as the catalog describes it. Its column names are the explorer's allow-list: only
 * names the warehouse reported, and only plain identifiers, ever reach SQL.
 */
record TableSchema(TableName name, TableEntry entry, List<ColumnEntry> columns) {

    TableSchema {
        columns = columns.stream().filter(c -> Identifiers.isValid(c.name())).toList();
    }

    List<String> columnNames() {
        return columns.stream().map(ColumnEntry::name).toList();
    }

    Set<String> allowedColumns() {
        return new LinkedHashSet<>(columnNames());
    }

    Optional<ColumnEntry> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The column's type family; refuses a name the catalog did not report. */
    ColumnKind kind(String name) {
        return column(name).map(ColumnEntry::kind)
                .orElseThrow(() -> new IllegalArgumentException("No column " + name + " in " + this.name));
    }
}
