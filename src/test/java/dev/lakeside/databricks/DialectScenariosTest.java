package dev.lakeside.databricks;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.DuckDbDialect;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.Filter;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TableQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements the tools generate, built once per dialect: the Databricks text must be the DuckDB
 * text with only quoting and the catalog changed, bind the same parameters, and hold no user text.
 * The DuckDB text is also run on a real embedded warehouse, so the shared SQL is known to be valid.
 */
class DialectScenariosTest {

    private static final TableName SUPPLIERS = new TableName("gold", "suppliers");
    private static final TableName SALES = new TableName("gold", "sales");
    private static final Set<String> SUPPLIER_COLUMNS = Set.of("id", "name", "country_code");
    private static final String TYPED = "50%_off!";

    @TempDir
    static Path dir;
    private static DuckDbWarehouse duckDb;

    enum Scenario {
        FIXER_SEARCH_PAGE(d -> new TableQuery(SUPPLIERS, SUPPLIER_COLUMNS, List.of("id", "name", "country_code"),
                List.of("id"), List.of(new Filter.Contains("name", TYPED)), List.of(Sort.desc("country_code")), 100, 50)
                .toSelect(d)),
        FIXER_COUNT_WITH_FILTERS(d -> new TableQuery(SUPPLIERS, SUPPLIER_COLUMNS, List.of("id"), List.of("id"),
                List.of(new Filter.OneOf("country_code", List.of("PL", TYPED)), new Filter.Between("id", 10, 20),
                        new Filter.NoneOf("name", List.of(TYPED))), List.of(), 0, 10).toCount(d)),
        SALES_PER_MONTH(d -> new SqlBuilder(d).sql("SELECT date_trunc('month', ").identifier("sold_on").sql(") AS ")
                .identifier("month").sql(", sum(").identifier("amount").sql(") AS ").identifier("total").sql(" FROM ")
                .table(SALES).sql(" WHERE ").identifier("sold_on").sql(" >= ").value(LocalDate.of(2026, 1, 1))
                .sql(" GROUP BY 1 ORDER BY 1").build()),
        EDITOR_MERGE(d -> new SqlBuilder(d).sql("MERGE INTO ").table(SUPPLIERS).sql(" AS t USING (SELECT ")
                .value(1).sql(" AS ").identifier("id").sql(", ").value(TYPED).sql(" AS ").identifier("country_code")
                .sql(") AS s ON t.").identifier("id").sql(" = s.").identifier("id")
                .sql(" WHEN MATCHED THEN UPDATE SET ").identifier("country_code").sql(" = s.").identifier("country_code")
                .build());

        final Function<Dialect, SqlStatement> build;

        Scenario(Function<Dialect, SqlStatement> build) {
            this.build = build;
        }
    }

    @BeforeAll
    static void openDuckDb() {
        duckDb = new DuckDbWarehouse(dir.resolve("dialects.duckdb"), Duration.ofSeconds(30), written -> {
        });
        duckDb.update(new SqlBuilder(duckDb.dialect()).sql("CREATE SCHEMA gold").build());
        duckDb.update(new SqlBuilder(duckDb.dialect()).sql("CREATE TABLE ").table(SUPPLIERS)
                .sql(" (id INTEGER, name VARCHAR, country_code VARCHAR)").build());
        duckDb.update(new SqlBuilder(duckDb.dialect()).sql("CREATE TABLE ").table(SALES)
                .sql(" (sold_on DATE, amount DECIMAL(10,2))").build());
        duckDb.update(new SqlBuilder(duckDb.dialect()).sql("INSERT INTO ").table(SUPPLIERS)
                .sql(" VALUES (1, ").value("Pay 50%_off! now").sql(", 'pl')").build());
    }

    @AfterAll
    static void closeDuckDb() {
        duckDb.close();
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void scenario_databricksTextDiffersOnlyInQuotingAndCatalog(Scenario scenario) {
        SqlStatement duck = scenario.build.apply(new DuckDbDialect());
        SqlStatement databricks = scenario.build.apply(new DatabricksDialect("main"));

        String expected = duck.sql().replace("\"gold\".", "`main`.`gold`.").replace('"', '`');
        assertThat(databricks.sql()).isEqualTo(expected).doesNotContain("\"");
        assertThat(databricks.parameters()).isEqualTo(duck.parameters());
        assertThat(databricks.sql()).doesNotContain(TYPED).doesNotContain("50%");
        assertThat(databricks.tables()).isEqualTo(duck.tables());
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void scenario_duckDbTextRunsOnTheEmbeddedWarehouse(Scenario scenario) {
        SqlStatement duck = scenario.build.apply(duckDb.dialect());

        if (scenario == Scenario.EDITOR_MERGE) {
            assertThat(duckDb.update(duck)).isEqualTo(1);
        } else {
            assertThat(duckDb.query(duck).columns()).isNotEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void fixerSearch_databricksText_isExactlyThis() {
        SqlStatement statement = Scenario.FIXER_SEARCH_PAGE.build.apply(new DatabricksDialect("main"));

        assertThat(statement.sql()).isEqualTo("SELECT `id`, `name`, `country_code` FROM `main`.`gold`.`suppliers`"
                + " WHERE lower(`name`) LIKE ? ESCAPE '!' ORDER BY `country_code` DESC NULLS LAST, `id` ASC NULLS LAST"
                + " LIMIT 50 OFFSET 100");
        assertThat(statement.parameters()).containsExactly("%50!%!_off!!%");
    }

    @org.junit.jupiter.api.Test
    void searchWithLikeWildcards_findsOnlyTheLiteralTextOnDuckDb() {
        SqlStatement statement = Scenario.FIXER_SEARCH_PAGE.build.apply(duckDb.dialect());
        SqlStatement firstPage = new TableQuery(SUPPLIERS, SUPPLIER_COLUMNS, List.of("id"), List.of("id"),
                List.of(new Filter.Contains("name", TYPED)), List.of(), 0, 50).toSelect(duckDb.dialect());

        assertThat(duckDb.query(firstPage).size()).isEqualTo(1);
        assertThat(duckDb.query(statement).size()).as("page 3 is empty").isZero();
    }
}
