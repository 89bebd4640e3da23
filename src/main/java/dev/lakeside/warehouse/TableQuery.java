package dev.lakeside.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A paged, filtered, sorted read of one table. Column names must be in {@code allowedColumns},
 * the allow-list the feature declares, so a name coming from the UI (a sort order, a filter)
 * can never name anything else.
 *
 * @param table          the table to read
 * @param allowedColumns every column a caller may select, filter or sort by
 * @param columns        the columns to return
 * @param keyColumns     appended to the sort so that pages are stable
 * @param filters        combined with AND
 * @param sorts          applied in order
 * @param offset         rows to skip
 * @param limit          rows to return at most
 */
public record TableQuery(TableName table, Set<String> allowedColumns, List<String> columns, List<String> keyColumns,
                         List<Filter> filters, List<Sort> sorts, long offset, int limit) {

    public TableQuery {
        allowedColumns = Set.copyOf(allowedColumns);
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
        filters = List.copyOf(filters);
        sorts = List.copyOf(sorts);
        Set<String> allowed = allowedColumns;
        columns.forEach(c -> requireAllowed(allowed, c));
        keyColumns.forEach(c -> requireAllowed(allowed, c));
        filters.forEach(f -> requireAllowed(allowed, f.column()));
        sorts.forEach(s -> requireAllowed(allowed, s.column()));
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit must not be negative");
        }
    }

    private static void requireAllowed(Set<String> allowed, String column) {
        if (!allowed.contains(column)) {
            throw new IllegalArgumentException("Column not allowed here: " + column);
        }
    }

    /** The page of rows: SELECT columns ... WHERE filters ORDER BY sorts, keys LIMIT OFFSET. */
    public SqlStatement toSelect(Dialect dialect) {
        return ordered(dialect).sql(" LIMIT ").integer(limit).sql(" OFFSET ").integer(offset).build();
    }

    /**
     * The page in a total order, for a sorted grid on a base table: the sorts, the keys, then the
     * dialect's row identity as the last tie-breaker, so rows with equal sort values can neither repeat
     * nor go missing between pages. The page's rows are found on the sort columns and the row identity
     * alone and only then read in full (late materialization): a page deep in a large table sorts
     * narrow rows instead of whole ones.
     *
     * @throws IllegalStateException if the dialect has no row identity (see {@link Dialect#rowIdentity})
     */
    public SqlStatement toTotallyOrderedSelect(Dialect dialect) {
        String rowIdentity = dialect.rowIdentity()
                .orElseThrow(() -> new IllegalStateException(dialect.name() + " has no row identity"));
        SqlBuilder sql = new SqlBuilder(dialect).sql("SELECT ").identifiers(columns).sql(" FROM ").table(table)
                .sql(" WHERE " + rowIdentity + " IN (SELECT " + rowIdentity + " FROM ").table(table).where(filters);
        orderBy(sql, rowIdentity).sql(" LIMIT ").integer(limit).sql(" OFFSET ").integer(offset).sql(")");
        return orderBy(sql, rowIdentity).build();
    }

    /** Every matching row in order, ignoring offset and limit: for streaming exports. */
    public SqlStatement toSelectAll(Dialect dialect) {
        return ordered(dialect).build();
    }

    private SqlBuilder ordered(Dialect dialect) {
        SqlBuilder sql = new SqlBuilder(dialect).sql("SELECT ").identifiers(columns).sql(" FROM ").table(table)
                .where(filters);
        return orderBy(sql, null);
    }

    /** ORDER BY the sorts, then the keys not sorted on, then the trusted row identity if given. */
    private SqlBuilder orderBy(SqlBuilder sql, String rowIdentity) {
        List<Sort> order = new ArrayList<>(sorts);
        keyColumns.stream()
                .filter(key -> sorts.stream().noneMatch(s -> s.column().equals(key)))
                .forEach(key -> order.add(Sort.asc(key)));
        for (int i = 0; i < order.size(); i++) {
            Sort sort = order.get(i);
            sql.sql(i == 0 ? " ORDER BY " : ", ").identifier(sort.column())
                    .sql(sort.ascending() ? " ASC NULLS LAST" : " DESC NULLS LAST");
        }
        if (rowIdentity != null) {
            sql.sql(order.isEmpty() ? " ORDER BY " : ", ").sql(rowIdentity);
        }
        return sql;
    }

    /** The number of rows matching the filters, ignoring paging. */
    public SqlStatement toCount(Dialect dialect) {
        return new SqlBuilder(dialect).sql("SELECT count(*) AS row_count FROM ").table(table).where(filters).build();
    }
}
