package dev.lakeside.warehouse;

import java.util.Locale;

/** Writes a {@link Filter} as a predicate whose values are all bound parameters. */
final class FilterSql {

    /** Escape character for LIKE patterns; chosen because it needs no escaping in any dialect. */
    private static final char LIKE_ESCAPE = '!';

    private FilterSql() {
    }

    static void append(SqlBuilder sql, Filter filter) {
        switch (filter) {
            case Filter.Contains c -> sql.sql("lower(").identifier(c.column()).sql(") LIKE ")
                    .value("%" + escapeLike(c.text().toLowerCase(Locale.ROOT)) + "%")
                    .sql(" ESCAPE '" + LIKE_ESCAPE + "'");
            case Filter.EqualTo e -> sql.identifier(e.column()).sql(" = ").value(e.value());
            case Filter.Between b -> between(sql, b);
            case Filter.OneOf o -> sql.identifier(o.column()).sql(" IN (").values(o.values()).sql(")");
            case Filter.NoneOf n -> sql.sql("(").identifier(n.column()).sql(" IS NULL OR ")
                    .identifier(n.column()).sql(" NOT IN (").values(n.values()).sql("))");
        }
    }

    private static void between(SqlBuilder sql, Filter.Between b) {
        if (b.from() == null && b.to() == null) {
            sql.sql("TRUE");
        } else if (b.to() == null) {
            sql.identifier(b.column()).sql(" >= ").value(b.from());
        } else if (b.from() == null) {
            sql.identifier(b.column()).sql(" <= ").value(b.to());
        } else {
            sql.identifier(b.column()).sql(" BETWEEN ").value(b.from()).sql(" AND ").value(b.to());
        }
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(ch);
        }
        return escaped.toString();
    }
}
