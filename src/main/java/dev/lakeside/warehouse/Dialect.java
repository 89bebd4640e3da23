package dev.lakeside.warehouse;

/**
 * What differs between SQL engines in the statements Lakeside generates. Everything else is
 * written once, in {@link SqlBuilder} and the feature services.
 */
public interface Dialect {

    /** A short name for logs and messages, such as {@code duckdb}. */
    String name();

    /** Quotes an identifier that has already passed {@link Identifiers#requireValid}. */
    String quote(String identifier);

    /** The fully qualified, quoted name of a table. */
    String qualify(TableName table);
}
