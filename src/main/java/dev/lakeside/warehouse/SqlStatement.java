package dev.lakeside.warehouse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A statement ready to run: SQL text with {@code ?} markers, the values bound to them, and the
 * tables it touches (used to drop cached reads when a table is written). Build it with
 * {@link SqlBuilder}.
 *
 * @param sql        the SQL text; holds no user-supplied value
 * @param parameters the bound values, in marker order (may hold nulls)
 * @param tables     the tables the statement reads or writes
 */
public record SqlStatement(String sql, List<Object> parameters, Set<TableName> tables) {

    public SqlStatement {
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
        tables = Set.copyOf(tables);
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }
}
