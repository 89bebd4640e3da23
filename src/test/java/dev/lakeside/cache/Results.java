package dev.lakeside.cache;

import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;

import java.sql.JDBCType;
import java.util.Arrays;
import java.util.List;

/** Small query results for tests that do not need the warehouse. */
final class Results {

    private static final List<ColumnInfo> NAME_COLUMN =
            List.of(new ColumnInfo("name", JDBCType.VARCHAR, "VARCHAR"));

    private Results() {
    }

    /** A one-column result with one row per name. */
    static QueryResult names(String... names) {
        return QueryResult.of(NAME_COLUMN, Arrays.stream(names).map(name -> List.<Object>of(name)).toList());
    }

    /** The values of a result, row by row, for comparing results by content. */
    static List<List<Object>> valuesOf(QueryResult result) {
        return result.rows().stream().map(Row::values).toList();
    }
}
