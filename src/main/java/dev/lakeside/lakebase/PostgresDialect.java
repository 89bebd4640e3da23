package dev.lakeside.lakebase;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.Identifiers;
import dev.lakeside.warehouse.TableName;

/** PostgreSQL: double-quoted identifiers, tables as {@code schema.table}, rows as a typed VALUES list. */
final class PostgresDialect implements Dialect {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String quote(String identifier) {
        return '"' + Identifiers.requireValid(identifier) + '"';
    }

    @Override
    public String qualify(TableName table) {
        return quote(table.schema()) + "." + quote(table.table());
    }
}
