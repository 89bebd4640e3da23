package dev.lakeside.warehouse;

import dev.lakeside.databricks.DatabricksDialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableQueryTest {

    private static final TableName SALES = new TableName("gold", "sales");
    private static final Set<String> COLUMNS = Set.of("order_id", "region", "revenue");

    @Test
    void totallyOrderedSelect_findsThePageOnNarrowRowsAndBreaksTiesOnTheRowIdentity() {
        TableQuery query = new TableQuery(SALES, COLUMNS, List.of("order_id", "region", "revenue"), List.of(),
                List.of(new Filter.EqualTo("region", "North")), List.of(Sort.desc("revenue")), 200_000, 50);

        SqlStatement select = query.toTotallyOrderedSelect(new DuckDbDialect());

        assertThat(select.sql()).isEqualTo("SELECT \"order_id\", \"region\", \"revenue\" FROM \"gold\".\"sales\""
                + " WHERE rowid IN (SELECT rowid FROM \"gold\".\"sales\" WHERE \"region\" = ?"
                + " ORDER BY \"revenue\" DESC NULLS LAST, rowid LIMIT 50 OFFSET 200000)"
                + " ORDER BY \"revenue\" DESC NULLS LAST, rowid");
        assertThat(select.parameters()).containsExactly("North");
    }

    @Test
    void totallyOrderedSelect_engineWithoutRowIdentity_isRefused() {
        TableQuery query = new TableQuery(SALES, COLUMNS, List.of("order_id"), List.of(), List.of(),
                List.of(Sort.asc("region")), 0, 50);

        assertThatThrownBy(() -> query.toTotallyOrderedSelect(new DatabricksDialect("main")))
                .isInstanceOf(IllegalStateException.class);
    }
}
