package dev.lakeside.warehouse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Dialect#appendRows}: the standard VALUES form every dialect inherits and DuckDB's array
 * form give the same typed rows, with every value bound and none in the SQL text.
 */
class DialectRowsTest {

    private static final String PAYLOAD = "x'); DROP TABLE main.items; --";
    private static final List<String> COLUMNS = List.of("id", "name", "price", "at", "flag");
    private static final List<String> TYPES = List.of("BIGINT", "VARCHAR", "DECIMAL(10,2)", "TIMESTAMP", "BOOLEAN");

    @TempDir
    Path dir;
    private DuckDbWarehouse warehouse;

    @BeforeEach
    void open() {
        warehouse = new DuckDbWarehouse(dir.resolve("rows.duckdb"), Duration.ofSeconds(30), written -> { });
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    static Stream<Dialect> dialects() {
        DuckDbDialect duckDb = new DuckDbDialect();
        Dialect standardOnly = new Dialect() {
            @Override
            public String name() {
                return "standard";
            }

            @Override
            public String quote(String identifier) {
                return duckDb.quote(identifier);
            }

            @Override
            public String qualify(TableName table) {
                return duckDb.qualify(table);
            }
        };
        return Stream.of(duckDb, standardOnly);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void rowsWithNullsAndPayload_comeBackTyped_andNoValueIsInTheSql(Dialect dialect) {
        List<List<Object>> rows = List.of(
                Arrays.asList(1L, PAYLOAD, new BigDecimal("12.50"), LocalDateTime.of(2026, 1, 31, 8, 0, 5), true),
                Arrays.asList(2L, "", null, null, false),
                Arrays.asList(3L, null, new BigDecimal("0.01"), LocalDateTime.of(2026, 2, 1, 0, 0), null));
        SqlBuilder sql = new SqlBuilder(dialect).sql("SELECT * FROM ");
        dialect.appendRows(sql, "s", COLUMNS, TYPES, rows);
        SqlStatement statement = sql.sql(" ORDER BY id").build();

        QueryResult result = warehouse.query(statement);

        assertThat(statement.sql()).doesNotContain("DROP").doesNotContain("12.50");
        assertThat(result.columns()).extracting(ColumnInfo::name).containsExactlyElementsOf(COLUMNS);
        assertThat(result.rows().get(0).values()).containsExactly(1L, PAYLOAD, new BigDecimal("12.50"),
                LocalDateTime.of(2026, 1, 31, 8, 0, 5), true);
        assertThat(result.rows().get(1).values()).containsExactly(2L, "", null, null, false);
        assertThat(result.rows().get(2).values()).containsExactly(3L, null, new BigDecimal("0.01"),
                LocalDateTime.of(2026, 2, 1, 0, 0), null);
    }
}
