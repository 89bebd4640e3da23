package dev.lakeside.catalog;

import java.util.Locale;

/**
 * One row of the catalog tree: a catalog, a schema of it, or a table of a schema.
 *
 * @param table the table, or null for catalog and schema rows
 */
record CatalogNode(String catalog, String schema, TableEntry table) {

    static CatalogNode ofCatalog(String catalog) {
        return new CatalogNode(catalog, null, null);
    }

    static CatalogNode ofSchema(String catalog, String schema) {
        return new CatalogNode(catalog, schema, null);
    }

    static CatalogNode ofTable(TableEntry table) {
        return new CatalogNode(table.catalog(), table.schema(), table);
    }

    String label() {
        return table != null ? table.name() : schema != null ? schema : catalog;
    }

    String kind() {
        return table != null ? table.kind().name().toLowerCase(Locale.ROOT) : schema != null ? "schema" : "catalog";
    }

    /** Whether the search text finds this row: in its name, its schema's name or its comment. */
    boolean matches(String search) {
        String needle = search.toLowerCase(Locale.ROOT);
        return label().toLowerCase(Locale.ROOT).contains(needle)
                || table != null && table.comment() != null && table.comment().toLowerCase(Locale.ROOT).contains(needle);
    }
}
