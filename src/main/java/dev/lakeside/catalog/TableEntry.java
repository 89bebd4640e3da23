package dev.lakeside.catalog;

import dev.lakeside.warehouse.Identifiers;
import dev.lakeside.warehouse.TableName;

import java.util.Optional;

/**
 * One table or view as the catalog reports it.
 *
 * @param catalog       the catalog holding it
 * @param schema        its schema
 * @param name          its name
 * @param kind          whether it is a table or a view
 * @param comment       the description stored with it, or null
 * @param estimatedRows an approximate row count when the warehouse knows one without scanning
 *                      (DuckDB's estimated size, Delta statistics), otherwise null
 */
public record TableEntry(String catalog, String schema, String name, Kind kind, String comment, Long estimatedRows) {

    public enum Kind { TABLE, VIEW }

    /** The name to use in statements, or empty when schema or table is not a plain identifier. */
    public Optional<TableName> tableName() {
        return Identifiers.isValid(schema) && Identifiers.isValid(name)
                ? Optional.of(new TableName(schema, name))
                : Optional.empty();
    }

    public Optional<Long> rowCount() {
        return Optional.ofNullable(estimatedRows);
    }

    public String qualifiedName() {
        return catalog + "." + schema + "." + name;
    }
}
