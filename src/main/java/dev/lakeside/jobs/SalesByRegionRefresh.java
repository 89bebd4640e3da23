package dev.lakeside.jobs;

import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.Warehouse.QueryOptions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * The local job: recomputes a gold summary (orders, units and revenue per region and month) from
 * the sales table, for one region or all, from a month on or from the start. Delete and insert
 * run in one transaction, so a failed or cancelled run leaves the summary as it was.
 *
 * @param source target's input, e.g. {@code gold.sales}
 * @param target the summary, e.g. {@code gold.sales_by_region}
 * @param region only this region, or null for all
 * @param since  only months from this date's month on, or null for all
 */
record SalesByRegionRefresh(TableName source, TableName target, String region, LocalDate since) {

    static final Set<String> PARAMETERS = Set.of("region", "since");

    /** Checks the values a user typed; throws {@link IllegalArgumentException} with a message for the user. */
    static SalesByRegionRefresh of(JobsProperties.Local local, Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("The local refresh has no parameter \"" + name + "\"; it knows "
                        + String.join(" and ", PARAMETERS.stream().sorted().toList()) + ".");
            }
        }
        String region = blankToNull(parameters.get("region"));
        if (region != null && region.length() > 100) {
            throw new IllegalArgumentException("A region name has at most 100 characters.");
        }
        String since = blankToNull(parameters.get("since"));
        try {
            return new SalesByRegionRefresh(TableName.parse(local.sourceTable()), TableName.parse(local.targetTable()),
                    region, since == null ? null : LocalDate.parse(since));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"since\" must be a date like 2025-01-01.");
        }
    }

    /** Runs the refresh; a cancel of {@code handle} stops the running statement. Returns the rows written. */
    long run(Warehouse warehouse, QueryHandle handle, String runId) {
        QueryOptions cancellable = QueryOptions.cancellable(handle);
        return warehouse.inTransaction(tx -> {
            tx.update(sql(warehouse).sql("CREATE TABLE IF NOT EXISTS ").table(target).sql(" (region VARCHAR,"
                    + " month DATE, orders BIGINT, units BIGINT, revenue DECIMAL(18,2), refreshed_at TIMESTAMP,"
                    + " run_id VARCHAR)").build());
            tx.update(where(sql(warehouse).sql("DELETE FROM ").table(target), "month").build(), cancellable);
            SqlBuilder insert = sql(warehouse).sql("INSERT INTO ").table(target)
                    .sql(" SELECT region, date_trunc('month', order_date)::DATE, count(*), sum(units), sum(revenue), ")
                    .value(LocalDateTime.now(ZoneOffset.UTC)).sql(", ").value(runId).sql(" FROM ").table(source);
            return (long) tx.update(where(insert, "order_date").sql(" GROUP BY 1, 2").build(), cancellable);
        });
    }

    private SqlBuilder where(SqlBuilder statement, String dateColumn) {
        statement.sql(" WHERE 1 = 1");
        if (region != null) {
            statement.sql(" AND region = ").value(region);
        }
        if (since != null) {
            statement.sql(" AND ").identifier(dateColumn).sql(" >= ").value(since.withDayOfMonth(1));
        }
        return statement;
    }

    private static SqlBuilder sql(Warehouse warehouse) {
        return new SqlBuilder(warehouse.dialect());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
