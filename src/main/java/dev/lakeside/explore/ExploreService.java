package dev.lakeside.explore;

import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.catalog.ColumnEntry;
import dev.lakeside.catalog.ColumnKind;
import dev.lakeside.catalog.TableEntry;
import dev.lakeside.catalog.WarehouseCatalog;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.RowSink;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TableQuery;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * The explorer's rules: a table is explorable only if the catalog lists it, names come only from
 * its catalog columns, every typed value is bound. Grid pages go through the query cache;
 * counts, group-bys and exports are started by a user, run with a {@link QueryHandle} so they
 * can be cancelled, and are not cached.
 */
@Service
class ExploreService {

    static final int MAX_GROUPS = 1000;
    private static final int MAX_DISTINCT_VALUES = 500;
    private static final CachePolicy CACHE = CachePolicy.region("explore");
    /** An export may run long; it still stops when the user cancels or the client goes away. */
    private static final Duration EXPORT_TIMEOUT = Duration.ofHours(1);

    private final Warehouse warehouse;
    private final WarehouseCatalog catalog;
    private final QueryCache cache;
    private final CurrentUser currentUser;

    ExploreService(Warehouse warehouse, WarehouseCatalog catalog, QueryCache cache, CurrentUser currentUser) {
        this.warehouse = warehouse;
        this.catalog = catalog;
        this.cache = cache;
        this.currentUser = currentUser;
    }

    /** Every table and view of the current catalog, by schema and name. */
    List<TableEntry> tables() {
        String current = catalog.currentCatalog();
        return catalog.schemas(current).stream().flatMap(schema -> catalog.tables(current, schema).stream())
                .filter(entry -> entry.tableName().isPresent())
                .toList();
    }

    /** The table and its columns as the catalog reports them; refuses a table it does not list. */
    TableSchema describe(TableName table) {
        TableEntry entry = catalog.table(table)
                .orElseThrow(() -> new IllegalArgumentException("No table " + table + " in the warehouse"));
        return new TableSchema(table, entry, catalog.columns(catalog.currentCatalog(), table));
    }

    /** Refuses a state (from a link, say) naming columns the table lacks or values that do not fit them. */
    void validate(TableSchema schema, ExploreState state) {
        TypedFilters.of(schema, state.filters());
        state.sorts().forEach(sort -> schema.kind(sort.column()));
        state.groupBy().forEach(schema::kind);
        // A link may name any ChartType; only those the builder offers can draw a group-by.
        if (state.chart() != null && !GroupChart.TYPES.contains(state.chart())) {
            throw new IllegalArgumentException("The explorer cannot draw a " + name(state.chart()) + " chart; use one of "
                    + GroupChart.TYPES.stream().map(ExploreService::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        if (state.grouped()) {
            GroupQuery.toSql(warehouse.dialect(), schema, state.groupBy(), state.measures(), List.of(), 1);
        }
    }

    private static String name(dev.lakeside.chart.ChartType type) {
        return type.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    }

    /** One grid page with the state's filters and sorts; no count is run. */
    QueryResult page(TableSchema schema, ExploreState state, long offset, int limit) {
        SqlStatement statement = pageStatement(schema, state, offset, limit);
        return cache.get(statement, currentUser.cacheScope(), CACHE, () -> warehouse.query(statement));
    }

    /**
     * Unsorted, a page is the engine's scan order (DuckDB keeps insertion order). Sorted, it is a total
     * order, so rows with equal sort values neither repeat nor go missing between pages: on a base table
     * the engine's row identity breaks ties (and the page is found on narrow rows first), otherwise
     * every other sortable column does.
     */
    private SqlStatement pageStatement(TableSchema schema, ExploreState state, long offset, int limit) {
        Dialect dialect = warehouse.dialect();
        if (state.sorts().isEmpty()) {
            return tableQuery(schema, state, offset, limit).toSelect(dialect);
        }
        if (schema.entry().kind() == TableEntry.Kind.TABLE && dialect.rowIdentity().isPresent()) {
            return tableQuery(schema, state, offset, limit).toTotallyOrderedSelect(dialect);
        }
        List<String> tieBreakers = schema.columns().stream().filter(c -> c.kind() != ColumnKind.OTHER)
                .map(ColumnEntry::name).toList();
        return tableQuery(schema, state, tieBreakers, offset, limit).toSelect(dialect);
    }

    /** The row count when it costs nothing: the catalog's estimate for an unfiltered table. */
    OptionalLong cheapCount(TableSchema schema, ExploreState state) {
        Long estimate = schema.entry().estimatedRows();
        return state.filters().isEmpty() && estimate != null ? OptionalLong.of(estimate) : OptionalLong.empty();
    }

    /** The exact number of matching rows: a full count, so the user asks for it. */
    long count(TableSchema schema, ExploreState state, QueryHandle handle) {
        SqlStatement statement = tableQuery(schema, state, 0, 0).toCount(warehouse.dialect());
        return ((Number) warehouse.query(statement, Warehouse.QueryOptions.cancellable(handle)).singleValue())
                .longValue();
    }

    /** The most frequent values of a column, for the value-list filter. */
    List<String> distinctValues(TableSchema schema, String column) {
        schema.kind(column);
        SqlStatement statement = new SqlBuilder(warehouse.dialect()).sql("SELECT ").identifier(column)
                .sql(" AS v FROM ").table(schema.name()).sql(" WHERE ").identifier(column).sql(" IS NOT NULL")
                .sql(" GROUP BY ").identifier(column).sql(" ORDER BY count(*) DESC, 1 LIMIT ")
                .integer(MAX_DISTINCT_VALUES).build();
        return cache.get(statement, currentUser.cacheScope(), CACHE, () -> warehouse.query(statement))
                .map(row -> row.getString("v"));
    }

    /** The group-by of the state: at most {@link #MAX_GROUPS} groups, ordered by the dimensions. */
    GroupResult group(TableSchema schema, ExploreState state, QueryHandle handle) {
        SqlStatement statement = GroupQuery.toSql(warehouse.dialect(), schema, state.groupBy(), state.measures(),
                TypedFilters.of(schema, state.filters()), MAX_GROUPS + 1);
        QueryResult result = warehouse.query(statement, Warehouse.QueryOptions.cancellable(handle));
        boolean truncated = result.size() > MAX_GROUPS;
        QueryResult shown = truncated
                ? QueryResult.of(result.columns(), result.rows().subList(0, MAX_GROUPS).stream()
                        .map(row -> row.values()).toList())
                : result;
        return new GroupResult(state.groupBy(), state.measures(), shown, truncated);
    }

    /** Streams every matching row, in the grid's order, to the sink; holds none. */
    long export(TableSchema schema, ExploreState state, QueryHandle handle, RowSink sink) {
        SqlStatement statement = tableQuery(schema, state, 0, 0).toSelectAll(warehouse.dialect());
        return warehouse.stream(statement, new Warehouse.QueryOptions(EXPORT_TIMEOUT, handle), sink);
    }

    private static TableQuery tableQuery(TableSchema schema, ExploreState state, long offset, int limit) {
        return tableQuery(schema, state, List.of(), offset, limit);
    }

    private static TableQuery tableQuery(TableSchema schema, ExploreState state, List<String> keys, long offset,
                                         int limit) {
        return new TableQuery(schema.name(), schema.allowedColumns(), schema.columnNames(), keys,
                TypedFilters.of(schema, state.filters()), state.sorts(), offset, limit);
    }
}
