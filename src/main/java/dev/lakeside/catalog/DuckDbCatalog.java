package dev.lakeside.catalog;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.List;

/**
 * The embedded warehouse's catalog, read from DuckDB's information_schema. Row counts come from
 * {@code duckdb_tables().estimated_size}, which DuckDB keeps without scanning; views have none.
 */
public final class DuckDbCatalog implements WarehouseCatalog {

    private static final TableName SCHEMATA = new TableName("information_schema", "schemata");
    private static final TableName TABLES = new TableName("information_schema", "tables");
    private static final TableName COLUMNS = new TableName("information_schema", "columns");

    private final Warehouse warehouse;

    public DuckDbCatalog(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public List<String> catalogs() {
        return warehouse.query(sql().sql("SELECT DISTINCT catalog_name FROM ").table(SCHEMATA)
                        .sql(" WHERE catalog_name NOT IN ('system', 'temp') ORDER BY catalog_name").build())
                .map(row -> row.getString("catalog_name"));
    }

    @Override
    public String currentCatalog() {
        return (String) warehouse.query(sql().sql("SELECT current_database() AS name").build()).singleValue();
    }

    @Override
    public List<String> schemas(String catalog) {
        return warehouse.query(sql().sql("SELECT schema_name FROM ").table(SCHEMATA)
                        .sql(" WHERE catalog_name = ").value(catalog)
                        .sql(" AND schema_name NOT IN ('information_schema', 'pg_catalog') ORDER BY schema_name").build())
                .map(row -> row.getString("schema_name"));
    }

    @Override
    public List<TableEntry> tables(String catalog, String schema) {
        return warehouse.query(sql()
                        .sql("SELECT t.table_name, t.table_type, t.TABLE_COMMENT AS comment, d.estimated_size FROM ")
                        .table(TABLES).sql(" t LEFT JOIN duckdb_tables() d ON d.database_name = t.table_catalog")
                        .sql(" AND d.schema_name = t.table_schema AND d.table_name = t.table_name")
                        .sql(" WHERE t.table_catalog = ").value(catalog).sql(" AND t.table_schema = ").value(schema)
                        .sql(" ORDER BY t.table_name").build())
                .map(row -> new TableEntry(catalog, schema, row.getString("table_name"),
                        "VIEW".equals(row.getString("table_type")) ? TableEntry.Kind.VIEW : TableEntry.Kind.TABLE,
                        row.getString("comment"), row.getLong("estimated_size")));
    }

    @Override
    public List<ColumnEntry> columns(String catalog, TableName table) {
        return warehouse.query(sql()
                        .sql("SELECT column_name, data_type, is_nullable, COLUMN_COMMENT AS comment FROM ").table(COLUMNS)
                        .sql(" WHERE table_catalog = ").value(catalog).sql(" AND table_schema = ").value(table.schema())
                        .sql(" AND table_name = ").value(table.table()).sql(" ORDER BY ordinal_position").build())
                .map(row -> new ColumnEntry(row.getString("column_name"), row.getString("data_type"),
                        "YES".equals(row.getString("is_nullable")), row.getString("comment")));
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
