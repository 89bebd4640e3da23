package dev.lakeside.explore;

import dev.lakeside.catalog.ColumnKind;
import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.Filter;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;

import java.util.List;

/**
 * {@code SELECT dims, aggregates FROM table WHERE filters GROUP BY dims ORDER BY dims LIMIT n}:
 * names only from the table's allow-list, filter values bound.
 */
final class GroupQuery {

    private GroupQuery() {
    }

    static SqlStatement toSql(Dialect dialect, TableSchema schema, List<String> dimensions, List<Measure> measures,
                              List<Filter> filters, int limit) {
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("Add at least one measure");
        }
        requireDistinctNames(dimensions, measures);
        SqlBuilder sql = new SqlBuilder(dialect).sql("SELECT ");
        for (String dimension : dimensions) {
            schema.kind(dimension);
            sql.identifier(dimension).sql(", ");
        }
        for (int i = 0; i < measures.size(); i++) {
            aggregate(sql.sql(i == 0 ? "" : ", "), schema, measures.get(i)).sql(" AS ").identifier(measures.get(i).alias());
        }
        sql.sql(" FROM ").table(schema.name()).where(filters);
        if (!dimensions.isEmpty()) {
            sql.sql(" GROUP BY ").identifiers(dimensions).sql(" ORDER BY ");
            for (int i = 0; i < dimensions.size(); i++) {
                sql.sql(i == 0 ? "" : ", ").identifier(dimensions.get(i)).sql(" ASC NULLS LAST");
            }
        }
        return sql.sql(" LIMIT ").integer(limit).build();
    }

    /**
     * Result columns are read by name, so a measure whose alias equals a dimension (group=row_count with
     * measure=count) or another measure would show the wrong column's values.
     */
    private static void requireDistinctNames(List<String> dimensions, List<Measure> measures) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String dimension : dimensions) {
            names.add(dimension.toLowerCase(java.util.Locale.ROOT));
        }
        for (Measure measure : measures) {
            if (!names.add(measure.alias().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("The measure \"" + measure.label() + "\" would be named "
                        + measure.alias() + ", like another column of the result; remove one of them");
            }
        }
    }

    private static SqlBuilder aggregate(SqlBuilder sql, TableSchema schema, Measure measure) {
        if (measure.column() == null) {
            return sql.sql("count(*)");
        }
        ColumnKind kind = schema.kind(measure.column());
        boolean numeric = kind == ColumnKind.NUMBER;
        return switch (measure.aggregate()) {
            case SUM -> requireNumber(numeric, measure, sql.sql("sum(")).identifier(measure.column()).sql(")");
            case AVG -> requireNumber(numeric, measure, sql.sql("avg(")).identifier(measure.column()).sql(")");
            case MIN -> sql.sql("min(").identifier(measure.column()).sql(")");
            case MAX -> sql.sql("max(").identifier(measure.column()).sql(")");
            case COUNT -> sql.sql("count(").identifier(measure.column()).sql(")");
            case COUNT_DISTINCT -> sql.sql("count(DISTINCT ").identifier(measure.column()).sql(")");
        };
    }

    private static SqlBuilder requireNumber(boolean numeric, Measure measure, SqlBuilder sql) {
        if (!numeric) {
            throw new IllegalArgumentException(measure.aggregate().label() + " needs a number column, not "
                    + measure.column());
        }
        return sql;
    }
}
