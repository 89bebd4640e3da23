package dev.lakeside.sales;

import dev.lakeside.cache.CachePolicy;
import dev.lakeside.cache.QueryCache;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.Filter;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TableQuery;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sales dashboard's questions to {@code gold.sales}: KPIs against the previous period, revenue
 * over time and by product, and pages of the underlying rows. Every answer goes through the query
 * cache (region {@code sales}); every value is a bound parameter.
 */
@Service
class SalesService {

    static final TableName SALES = new TableName("gold", "sales");
    static final CachePolicy CACHE = CachePolicy.region("sales");
    private static final List<String> COLUMNS = List.of("order_id", "order_date", "region", "product", "category",
            "units", "unit_price", "revenue");
    private static final Set<String> ALLOWED_COLUMNS = Set.copyOf(COLUMNS);

    private final Warehouse warehouse;
    private final QueryCache cache;
    private final CurrentUser currentUser;

    SalesService(Warehouse warehouse, QueryCache cache, CurrentUser currentUser) {
        this.warehouse = warehouse;
        this.cache = cache;
        this.currentUser = currentUser;
    }

    /** The regions that have orders, in alphabetical order. */
    List<String> regions() {
        return cached(sql().sql("SELECT DISTINCT region FROM ").table(SALES).sql(" ORDER BY region").build())
                .map(r -> r.getString("region"));
    }

    /** The first and last order date, or null when the table is empty. */
    DateRange dateBounds() {
        Row row = cached(sql().sql("SELECT min(order_date) AS first_day, max(order_date) AS last_day FROM ")
                .table(SALES).build()).rows().getFirst();
        return row.get("first_day") == null ? null : new DateRange(row.getDate("first_day"), row.getDate("last_day"));
    }

    /** Revenue, units and distinct orders of the filter's period and of the period of equal length before it. */
    SalesKpis kpis(SalesFilter filter) {
        SalesFilter previous = filter.previousPeriod();
        LocalDate start = filter.from();
        SqlBuilder sql = sql().sql("SELECT ");
        sumSince(sql, "revenue", start, true).sql(" AS revenue_now, ");
        sumSince(sql, "revenue", start, false).sql(" AS revenue_before, ");
        sumSince(sql, "units", start, true).sql(" AS units_now, ");
        sumSince(sql, "units", start, false).sql(" AS units_before, ");
        sql.sql("count(DISTINCT CASE WHEN order_date >= ").value(start).sql(" THEN order_id END) AS orders_now, ")
                .sql("count(DISTINCT CASE WHEN order_date < ").value(start).sql(" THEN order_id END) AS orders_before")
                .sql(" FROM ").table(SALES);
        where(sql, new SalesFilter(previous.from(), filter.to(), filter.region()));
        Row row = cached(sql.build()).rows().getFirst();
        return new SalesKpis(kpi(row, "revenue"), kpi(row, "units"), kpi(row, "orders"));
    }

    /** Revenue per day, week or month (by the filter's length), in date order; empty buckets are left out. */
    List<RevenueByTime> revenueOverTime(SalesFilter filter) {
        SqlBuilder sql = sql().sql("SELECT CAST(date_trunc('").sql(filter.bucket().sqlUnit())
                .sql("', order_date) AS DATE) AS bucket_start, sum(revenue) AS revenue FROM ").table(SALES);
        where(sql, filter);
        sql.sql(" GROUP BY 1 ORDER BY 1");
        return cached(sql.build()).map(r -> new RevenueByTime(r.getDate("bucket_start"), r.getDecimal("revenue")));
    }

    /** Revenue per product, largest first. */
    List<ProductRevenue> revenueByProduct(SalesFilter filter) {
        SqlBuilder sql = sql().sql("SELECT product, sum(revenue) AS revenue FROM ").table(SALES);
        where(sql, filter);
        sql.sql(" GROUP BY product ORDER BY revenue DESC, product");
        return cached(sql.build()).map(r -> new ProductRevenue(r.getString("product"), r.getDecimal("revenue")));
    }

    /** One page of order lines; sort columns must be columns of {@code gold.sales}. */
    List<SaleRow> rows(SalesFilter filter, long offset, int limit, List<Sort> sorts) {
        TableQuery query = new TableQuery(SALES, ALLOWED_COLUMNS, COLUMNS, List.of("order_id"), filters(filter),
                sorts, offset, limit);
        return cached(query.toSelect(warehouse.dialect())).map(SalesService::toRow);
    }

    int count(SalesFilter filter) {
        TableQuery query = new TableQuery(SALES, ALLOWED_COLUMNS, COLUMNS, List.of(), filters(filter), List.of(), 0, 0);
        return ((Number) cached(query.toCount(warehouse.dialect())).singleValue()).intValue();
    }

    private static SqlBuilder sumSince(SqlBuilder sql, String column, LocalDate start, boolean current) {
        return sql.sql("coalesce(sum(CASE WHEN order_date ").sql(current ? ">= " : "< ").value(start)
                .sql(" THEN ").identifier(column).sql(" END), 0)");
    }

    private static void where(SqlBuilder sql, SalesFilter filter) {
        sql.sql(" WHERE order_date BETWEEN ").value(filter.from()).sql(" AND ").value(filter.to());
        if (filter.region() != null) {
            sql.sql(" AND region = ").value(filter.region());
        }
    }

    private static List<Filter> filters(SalesFilter filter) {
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter.Between("order_date", filter.from(), filter.to()));
        if (filter.region() != null) {
            filters.add(new Filter.EqualTo("region", filter.region()));
        }
        return filters;
    }

    private static SalesKpis.Kpi kpi(Row row, String name) {
        return new SalesKpis.Kpi(decimal(row, name + "_now"), decimal(row, name + "_before"));
    }

    private static BigDecimal decimal(Row row, String column) {
        BigDecimal value = row.getDecimal(column);
        return value == null ? BigDecimal.ZERO : value;
    }

    private static SaleRow toRow(Row r) {
        return new SaleRow(r.getLong("order_id"), r.getDate("order_date"), r.getString("region"),
                r.getString("product"), r.getString("category"), r.getLong("units").intValue(),
                r.getDecimal("unit_price"), r.getDecimal("revenue"));
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }

    private QueryResult cached(SqlStatement statement) {
        return cache.get(statement, currentUser.cacheScope(), CACHE, () -> warehouse.query(statement));
    }

    /** A span of days, both ends included. */
    record DateRange(LocalDate first, LocalDate last) {
    }
}
