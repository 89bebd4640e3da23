package dev.lakeside.warehouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Builds a {@link SqlStatement} from three kinds of pieces: SQL text written in code, identifiers
 * that pass {@link Identifiers}, and values, which always become bound parameters. There is no
 * way to put a value into the SQL text, so user input can only ever be data.
 */
public final class SqlBuilder {

    private static volatile BiConsumer<Dialect, SqlStatement> buildListener;

    private final Dialect dialect;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();
    private final Set<TableName> tables = new LinkedHashSet<>();

    public SqlBuilder(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Appends SQL written by a programmer: keywords, operators, function names. Never pass
     * anything a user typed. Comments and statement separators are refused as a safety net.
     */
    public SqlBuilder sql(String trustedSql) {
        if (trustedSql.contains(";") || trustedSql.contains("--") || trustedSql.contains("/*")) {
            throw new IllegalArgumentException("SQL fragments may not hold comments or ';': " + trustedSql);
        }
        sql.append(trustedSql);
        return this;
    }

    /** Appends a quoted column or alias name; refuses anything that is not a plain identifier. */
    public SqlBuilder identifier(String name) {
        sql.append(dialect.quote(name));
        return this;
    }

    /** Appends a comma-separated list of quoted identifiers. */
    public SqlBuilder identifiers(Collection<String> names) {
        int i = 0;
        for (String name : names) {
            if (i++ > 0) {
                sql.append(", ");
            }
            identifier(name);
        }
        return this;
    }

    /** Appends a qualified table name and records that the statement touches the table. */
    public SqlBuilder table(TableName table) {
        tables.add(table);
        sql.append(dialect.qualify(table));
        return this;
    }

    /** Appends a {@code ?} marker and binds the value to it. */
    public SqlBuilder value(Object value) {
        sql.append('?');
        parameters.add(value);
        return this;
    }

    /** Appends {@code ?, ?, ...} for each value, bound in order. */
    public SqlBuilder values(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An empty value list cannot be written as SQL");
        }
        int i = 0;
        for (Object value : values) {
            if (i++ > 0) {
                sql.append(", ");
            }
            value(value);
        }
        return this;
    }

    /** Appends {@code WHERE f1 AND f2 ...} for the filters, every value bound; nothing when there are none. */
    public SqlBuilder where(List<Filter> filters) {
        for (int i = 0; i < filters.size(); i++) {
            sql(i == 0 ? " WHERE " : " AND ");
            FilterSql.append(this, filters.get(i));
        }
        return this;
    }

    /**
     * Appends a column type as this engine spells it: code names types as DuckDB does ({@code VARCHAR},
     * {@code INTEGER}, {@code DECIMAL(10,2)}) and Databricks gets {@code STRING} for {@code VARCHAR}.
     */
    public SqlBuilder type(String type) {
        sql.append(dialect.typeName(type));
        return this;
    }

    /** Appends an integer literal, for LIMIT and OFFSET, which engines do not all bind. */
    public SqlBuilder integer(long number) {
        sql.append(number);
        return this;
    }

    public Dialect dialect() {
        return dialect;
    }

    public SqlStatement build() {
        SqlStatement statement = new SqlStatement(sql.toString(), parameters, tables);
        BiConsumer<Dialect, SqlStatement> listener = buildListener;
        if (listener != null) {
            listener.accept(dialect, statement);
        }
        return statement;
    }

    /**
     * Calls {@code listener} with every statement built from now on and its dialect, on the building thread (null: none).
     * The tests use it to find where each statement that ran on the Spark stand-in was written in code.
     */
    public static void onBuild(BiConsumer<Dialect, SqlStatement> listener) {
        buildListener = listener;
    }
}
