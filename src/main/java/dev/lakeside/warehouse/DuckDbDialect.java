package dev.lakeside.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DuckDB: double-quoted identifiers, tables addressed as {@code schema.table}. */
public final class DuckDbDialect implements Dialect {

    @Override
    public String name() {
        return "duckdb";
    }

    /** DuckDB numbers every row of a table; the number is stable until the table is written. */
    @Override
    public Optional<String> rowIdentity() {
        return Optional.of("rowid");
    }

    @Override
    public String quote(String identifier) {
        return '"' + Identifiers.requireValid(identifier) + '"';
    }

    @Override
    public String qualify(TableName table) {
        return quote(table.schema()) + "." + quote(table.table());
    }

    /**
     * One {@code VARCHAR[]} parameter per column, unnested side by side and cast to the column's
     * type: DuckDB prepares a statement with thousands of parameters slowly (a 1,000-row VALUES
     * list took ~400 ms to prepare; this form takes a few ms).
     */
    @Override
    public SqlBuilder appendRows(SqlBuilder sql, String alias, List<String> columns, List<String> types,
                                 List<List<Object>> rows) {
        sql.sql("(SELECT ");
        for (int c = 0; c < columns.size(); c++) {
            List<String> texts = new ArrayList<>(rows.size());
            for (List<Object> row : rows) {
                texts.add(asText(row.get(c)));
            }
            sql.sql(c == 0 ? "CAST(UNNEST(CAST(" : ", CAST(UNNEST(CAST(").value(new TextArray(texts))
                    .sql(" AS VARCHAR[])) AS " + Dialect.requireTypeName(types.get(c)) + ") AS ").identifier(columns.get(c));
        }
        return sql.sql(") AS ").identifier(alias);
    }

    /** Text DuckDB casts back to the value: ISO dates and times, plain decimals. */
    private static String asText(Object value) {
        return switch (value) {
            case null -> null;
            case java.math.BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
    }
}
