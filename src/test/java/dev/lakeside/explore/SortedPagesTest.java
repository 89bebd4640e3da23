package dev.lakeside.explore;

import dev.lakeside.cache.CacheProperties;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.catalog.DuckDbCatalog;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.IdentityProperties;
import dev.lakeside.identity.IdentityResolver;
import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.TableName;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through a sorted grid shows every row exactly once, even when most rows share their sort
 * value: without a tie-breaker the engine may order equal rows differently from one page's query to
 * the next (DuckDB sorts in parallel, and switches from a top-N to a full sort as the offset grows).
 */
class SortedPagesTest {

    private static final int ROWS = 20_000;
    private static final int PAGE = 1_000;

    @TempDir
    Path tempDir;

    private DuckDbWarehouse warehouse;
    private ExploreService service;

    @BeforeEach
    void createTableWithThreeSortValues() {
        QueryCache cache = new QueryCache(
                new CacheProperties(Duration.ofMinutes(5), DataSize.ofMegabytes(64), Map.of()), new SimpleMeterRegistry());
        warehouse = new DuckDbWarehouse(tempDir.resolve("pages.duckdb"), Duration.ofSeconds(30),
                cache::onTablesWritten);
        run("CREATE TABLE main.orders AS SELECT i AS id, i % 3 AS status, 'order ' || i AS label FROM range(" + ROWS
                + ") r(i)");
        run("CREATE VIEW main.orders_view AS SELECT * FROM main.orders");
        IdentityResolver identity = new IdentityResolver(new IdentityProperties(false,
                IdentityProperties.IdentityMode.APP, new IdentityProperties.LocalUser("test@lakeside.dev", "Test")));
        service = new ExploreService(warehouse, new DuckDbCatalog(warehouse), cache, new CurrentUser(identity));
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"main.orders", "main.orders_view"})
    void pagesSortedByAColumnWithManyEqualValues_showEveryRowExactlyOnce(String table) {
        TableSchema schema = service.describe(TableName.parse(table));
        ExploreState byStatus = ExploreState.of(schema.name()).withSorts(List.of(Sort.asc("status")));

        List<Long> shown = new ArrayList<>();
        List<Long> statuses = new ArrayList<>();
        for (long offset = 0; offset < ROWS; offset += PAGE) {
            service.page(schema, byStatus, offset, PAGE).rows().forEach(row -> {
                shown.add(row.getLong("id"));
                statuses.add(row.getLong("status"));
            });
        }

        assertThat(shown).hasSize(ROWS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(LongStream.range(0, ROWS).boxed().toList());
        assertThat(statuses).isSorted();
    }

    private void run(String trustedSql) {
        warehouse.update(new SqlBuilder(warehouse.dialect()).sql(trustedSql).build());
    }
}
