package dev.lakeside.warehouse;

/** DuckDB: double-quoted identifiers, tables addressed as {@code schema.table}. */
public final class DuckDbDialect implements Dialect {

    @Override
    public String name() {
        return "duckdb";
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
