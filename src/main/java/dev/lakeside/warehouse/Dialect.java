package dev.lakeside.warehouse;

import java.util.List;
import java.util.Optional;

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

    /**
     * Appends rows of bound values as a derived table named {@code alias} with the given columns,
     * usable after {@code FROM}, {@code JOIN} or {@code MERGE ... USING}. Column i has the engine
     * type {@code types.get(i)} (such as {@code BIGINT} or {@code DECIMAL(10,2)}); every value is a
     * bound parameter. The default is a {@code VALUES} list of typed parameters, standard SQL that
     * any engine accepts; an engine that binds arrays can do it with one parameter per column.
     *
     * @param rows the values, one list per row, each as long as {@code columns}; at least one row
     */
    default SqlBuilder appendRows(SqlBuilder sql, String alias, List<String> columns, List<String> types,
                                  List<List<Object>> rows) {
        types.forEach(Dialect::requireTypeName);
        sql.sql("(VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            sql.sql(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.size(); c++) {
                sql.sql(c == 0 ? "CAST(" : ", CAST(").value(rows.get(r).get(c)).sql(" AS ").type(types.get(c)).sql(")");
            }
            sql.sql(")");
        }
        return sql.sql(") AS ").identifier(alias).sql("(").identifiers(columns).sql(")");
    }

    /**
     * This engine's spelling of a column type that code writes as DuckDB does ({@code VARCHAR},
     * {@code INTEGER}, {@code DOUBLE}, {@code DECIMAL(10,2)}, {@code TIMESTAMP}); the default keeps it.
     */
    default String typeName(String type) {
        return requireTypeName(type);
    }

    /**
     * An aggregate joining the texts {@code value} of a group with {@code separator}, in the order of
     * {@code orderBy}; all three are SQL written in code. DuckDB and PostgreSQL take the order inside the
     * call, Databricks SQL as {@code WITHIN GROUP}.
     */
    default String orderedTextList(String value, String separator, String orderBy) {
        return "string_agg(" + value + ", " + separator + " ORDER BY " + orderBy + ")";
    }

    /**
     * The engine's hidden, unique identity of a base table's rows ({@code rowid} in DuckDB), if it has
     * one: a sort tie-breaker that costs one integer and a key to read a row back by. Views have none.
     */
    default Optional<String> rowIdentity() {
        return Optional.empty();
    }

    /**
     * The start of the {@code seconds}-long window holding the TIMESTAMP expression {@code timestampSql}
     * (trusted SQL, such as a column name). DuckDB's {@code time_bucket} by default, whose origin
     * (2000-01-03) gives the same windows as the Unix epoch for any length that divides a day.
     */
    default String windowStart(String timestampSql, long seconds) {
        return "time_bucket(INTERVAL " + positive(seconds) + " SECOND, " + timestampSql + ")";
    }

    private static long positive(long seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("A window is at least one second long: " + seconds);
        }
        return seconds;
    }

    /** Refuses anything but an engine type name (letters, digits, spaces, commas, parentheses). */
    static String requireTypeName(String type) {
        if (type == null || !type.matches("[A-Za-z][A-Za-z0-9_ (),]*")) {
            throw new IllegalArgumentException("Not a SQL type name: " + type);
        }
        return type;
    }
}
