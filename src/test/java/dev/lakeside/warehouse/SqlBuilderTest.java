package dev.lakeside.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlBuilderTest {

    private static final List<String> PAYLOADS = List.of(
            "%'; DROP TABLE gold.suppliers; --",
            "' OR '1'='1",
            "\" OR \"\"=\"",
            "x'); DELETE FROM gold.suppliers WHERE ('a'='a",
            "Robert'); DROP TABLE students;--",
            "\\'; SELECT 1; --",
            "` OR 1=1 --");

    private static final TableName SUPPLIERS = new TableName("gold", "suppliers");
    private static final Set<String> COLUMNS = Set.of("id", "name", "country_code");

    @Test
    void value_anyPayload_isBoundNeverWrittenIntoSql() {
        for (String payload : PAYLOADS) {
            SqlStatement statement = new SqlBuilder(new DuckDbDialect())
                    .sql("SELECT id FROM ").table(SUPPLIERS).sql(" WHERE name = ").value(payload).build();

            assertThat(statement.sql()).isEqualTo("SELECT id FROM \"gold\".\"suppliers\" WHERE name = ?");
            assertThat(statement.parameters()).containsExactly(payload);
        }
    }

    @Test
    void containsFilter_anyPayload_appearsOnlyInParameters() {
        for (String payload : PAYLOADS) {
            TableQuery query = new TableQuery(SUPPLIERS, COLUMNS, List.of("id", "name"), List.of("id"),
                    List.of(new Filter.Contains("name", payload)), List.of(), 0, 50);

            SqlStatement select = query.toSelect(new DuckDbDialect());

            assertThat(select.sql()).doesNotContain(payload).doesNotContain("DROP").doesNotContain("DELETE");
            assertThat(select.sql()).contains("lower(\"name\") LIKE ? ESCAPE '!'");
            assertThat(select.parameters()).hasSize(1);
            assertThat((String) select.parameters().getFirst()).contains(payload.toLowerCase().replace("%", "!%")
                    .replace("_", "!_"));
        }
    }

    @Test
    void containsFilter_wildcardsInText_areEscaped() {
        TableQuery query = new TableQuery(SUPPLIERS, COLUMNS, List.of("id"), List.of(),
                List.of(new Filter.Contains("name", "50%_off!")), List.of(), 0, 10);

        assertThat(query.toSelect(new DuckDbDialect()).parameters()).containsExactly("%50!%!_off!!%");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name; DROP TABLE x", "name\"", "1name", "na me", "name--", "", "a.b", "`x`"})
    void identifier_notPlainName_isRefused(String hostile) {
        assertThatThrownBy(() -> new SqlBuilder(new DuckDbDialect()).identifier(hostile))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableQuery_columnOutsideAllowList_isRefused() {
        assertThatThrownBy(() -> new TableQuery(SUPPLIERS, COLUMNS, List.of("id"), List.of(), List.of(),
                List.of(Sort.asc("password")), 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TableQuery(SUPPLIERS, COLUMNS, List.of("id"), List.of(),
                List.of(new Filter.EqualTo("secret", 1)), List.of(), 0, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trustedSql_withCommentOrSeparator_isRefused() {
        SqlBuilder builder = new SqlBuilder(new DuckDbDialect());
        assertThatThrownBy(() -> builder.sql("SELECT 1; DROP TABLE x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.sql("SELECT 1 -- x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.sql("SELECT /* x */ 1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tableQuery_sortsAndPaging_renderWithStableKeyOrder() {
        TableQuery query = new TableQuery(SUPPLIERS, COLUMNS, List.of("id", "name"), List.of("id"),
                List.of(new Filter.Between("id", 10, 20), new Filter.OneOf("country_code", List.of("PL", "DE"))),
                List.of(Sort.desc("name")), 100, 50);

        SqlStatement select = query.toSelect(new DuckDbDialect());

        assertThat(select.sql()).isEqualTo("SELECT \"id\", \"name\" FROM \"gold\".\"suppliers\""
                + " WHERE \"id\" BETWEEN ? AND ? AND \"country_code\" IN (?, ?)"
                + " ORDER BY \"name\" DESC NULLS LAST, \"id\" ASC NULLS LAST LIMIT 50 OFFSET 100");
        assertThat(select.parameters()).containsExactly(10, 20, "PL", "DE");
        assertThat(select.tables()).containsExactly(SUPPLIERS);
    }

    @Test
    void tableName_hostileParts_areRefused() {
        assertThatThrownBy(() -> TableName.parse("gold.suppliers; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableName.parse("a.b.c")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TableName.parse("gold.suppliers")).isEqualTo(SUPPLIERS);
    }
}
