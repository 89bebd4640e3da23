package dev.lakeside.catalog;

/**
 * One column as the catalog reports it.
 *
 * @param name     the column name
 * @param type     the engine's type name, such as {@code VARCHAR}, {@code DECIMAL(10,2)} or {@code STRING}
 * @param nullable whether it may hold nulls
 * @param comment  the description stored with it, or null
 */
public record ColumnEntry(String name, String type, boolean nullable, String comment) {

    /** The family of the type, which decides how the column can be filtered and aggregated. */
    public ColumnKind kind() {
        return ColumnKind.of(type);
    }
}
