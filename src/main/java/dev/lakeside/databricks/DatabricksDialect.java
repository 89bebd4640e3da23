package dev.lakeside.databricks;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.Identifiers;
import dev.lakeside.warehouse.TableName;

/**
 * Databricks SQL: backtick-quoted identifiers and three-level names, {@code catalog.schema.table},
 * with the catalog from configuration. The rest of what Lakeside generates (LIMIT/OFFSET, NULLS LAST,
 * {@code lower(x) LIKE ? ESCAPE '!'}, MERGE INTO, GROUP BY, date_trunc) is written the same way for
 * DuckDB and Databricks SQL, which DialectScenariosTest checks tool by tool.
 */
public final class DatabricksDialect implements Dialect {

    private final String catalog;

    public DatabricksDialect(String catalog) {
        this.catalog = Identifiers.requireValid(catalog);
    }

    @Override
    public String name() {
        return "databricks";
    }

    @Override
    public String quote(String identifier) {
        return '`' + Identifiers.requireValid(identifier) + '`';
    }

    @Override
    public String qualify(TableName table) {
        return quote(catalog) + "." + quote(table.schema()) + "." + quote(table.table());
    }

    /**
     * Databricks SQL (like Spark SQL) refuses {@code VARCHAR} without a length ({@code DATATYPE_MISSING_SIZE}):
     * text is {@code STRING} there. Found by running the statements on Spark SQL; the other types Lakeside
     * writes are spelled the same.
     */
    @Override
    public String typeName(String type) {
        String checked = Dialect.requireTypeName(type).strip();
        return checked.equalsIgnoreCase("VARCHAR") || checked.equalsIgnoreCase("TEXT") ? "STRING" : checked;
    }

    /** Spark SQL parses no ORDER BY inside {@code string_agg}; it takes {@code WITHIN GROUP} (as the stand-in showed). */
    @Override
    public String orderedTextList(String value, String separator, String orderBy) {
        return "string_agg(" + value + ", " + separator + ") WITHIN GROUP (ORDER BY " + orderBy + ")";
    }

    /** Spark SQL has no time_bucket: whole seconds since the epoch, floored to the window. */
    @Override
    public String windowStart(String timestampSql, long seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("A window is at least one second long: " + seconds);
        }
        return "timestamp_seconds(floor(unix_seconds(" + timestampSql + ") / " + seconds + ") * " + seconds + ")";
    }

    public String catalog() {
        return catalog;
    }
}
