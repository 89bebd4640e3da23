package dev.lakeside.demo;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.List;

/**
 * {@code gold.customers}: subscription customers with the churn predictor's inputs (seed 002:
 * age, tenure, monthly and total charges) and whether they churned. Churn is drawn from a logistic
 * function of the inputs, so a model can learn it but not perfectly: short tenure and high monthly
 * charges raise the risk, age lowers it a little, and total charges follow tenure times the monthly
 * charge with some noise (so they carry information the other columns already hold).
 */
final class CustomerData implements DemoDataset {

    static final TableName CUSTOMERS = new TableName("gold", "customers");

    /** The log-odds of churning; the coefficients are the ones a fitted model should roughly find. */
    static final String CHURN_LOG_ODDS = "0.9 - 0.06 * tenure + 0.03 * (monthly_charges - 70) - 0.02 * (age - 45)";

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public List<TableName> tables() {
        return List.of(CUSTOMERS);
    }

    @Override
    public long rows(DemoDataProperties sizes) {
        return sizes.customers();
    }

    @Override
    public void create(Warehouse.Transaction tx, Dialect dialect, long rows, long seed) {
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(CUSTOMERS)
                .sql(" (customer_id BIGINT PRIMARY KEY, age INTEGER, tenure INTEGER, monthly_charges DECIMAL(8,2),"
                        + " total_charges DECIMAL(10,2), churned BOOLEAN)")
                .build());
        String noise = new Noise(seed, name()).uniform("u_age1").uniform("u_age2").uniform("u_tenure")
                .uniform("u_plan").uniform("u_monthly").uniform("u_total").uniform("u_churn").rows(rows);
        // Ages roughly triangular around 45; tenure skewed to new customers; three price levels of plan.
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(CUSTOMERS).sql(Literals.fill("""
                 SELECT 100001 + i, age, tenure, monthly_charges,
                       round(monthly_charges * tenure * (0.9 + 0.2 * u_total), 2),
                       u_churn < 1 / (1 + exp(-(${logOdds})))
                FROM (SELECT i, u_total, u_churn, age, tenure,
                             round([25, 55, 85][1 + floor(u_plan * 3)::BIGINT] + u_monthly * 35, 2)::DECIMAL(8,2)
                                 AS monthly_charges
                      FROM (SELECT *, (18 + floor((u_age1 + u_age2) * 31))::INTEGER AS age,
                                   (1 + floor(pow(u_tenure, 1.6) * 72))::INTEGER AS tenure
                            FROM ${noise}))""", "logOdds", CHURN_LOG_ODDS, "noise", noise)).build());
    }
}
