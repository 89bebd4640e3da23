package dev.lakeside.catalog;

import dev.lakeside.warehouse.TableName;

import java.util.List;
import java.util.Optional;

/**
 * What the current warehouse holds: catalogs, their schemas, tables and columns. The embedded
 * implementation reads DuckDB's information_schema; a Databricks implementation reads Unity
 * Catalog. The table explorer takes its table and column allow-lists from here, so a name only
 * reaches SQL if the warehouse itself reported it.
 */
public interface WarehouseCatalog {

    /** The catalogs a user may browse, sorted. The embedded warehouse has exactly one. */
    List<String> catalogs();

    /** The catalog that a two-part {@link TableName} ({@code schema.table}) refers to in SQL. */
    String currentCatalog();

    /** The schemas of a catalog, sorted, without system schemas; empty if the catalog is unknown. */
    List<String> schemas(String catalog);

    /** Tables and views of one schema, sorted by name; empty if the schema is unknown. */
    List<TableEntry> tables(String catalog, String schema);

    /** Columns of one table in their declared order; empty if the table is unknown. */
    List<ColumnEntry> columns(String catalog, TableName table);

    /** A table of the current catalog, if it exists. */
    default Optional<TableEntry> table(TableName table) {
        return tables(currentCatalog(), table.schema()).stream()
                .filter(entry -> entry.name().equals(table.table()))
                .findFirst();
    }
}
