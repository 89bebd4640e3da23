package dev.lakeside.demo;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code gold.sales}: three years of orders up to 2026-10-31 in five regions. Volume follows the
 * calendar (a December peak, a quiet February) and grows about 10% a year; outdoor goods sell in
 * the warm months, electronics and sweaters in the cold ones. Order ids increase with the date.
 */
final class SalesData implements DemoDataset {

    static final TableName SALES = new TableName("gold", "sales");

    /** A product; the weights are its share (of 100) of orders in warm (Apr-Sep) and cold months. */
    record Product(String name, String category, String price, int maxUnits, int warmWeight, int coldWeight) {
    }

    static final List<Product> PRODUCTS = List.of(
            new Product("Laptop", "Electronics", "1199.00", 2, 3, 5),
            new Product("Smartphone", "Electronics", "799.00", 2, 4, 6),
            new Product("Headphones", "Electronics", "149.00", 3, 6, 7),
            new Product("Monitor", "Electronics", "329.00", 2, 3, 4),
            new Product("Keyboard", "Electronics", "89.00", 3, 4, 4),
            new Product("Coffee Maker", "Home", "129.00", 2, 3, 5),
            new Product("Vacuum Cleaner", "Home", "249.00", 1, 2, 3),
            new Product("Desk Lamp", "Home", "39.90", 4, 4, 5),
            new Product("Office Chair", "Home", "219.00", 2, 2, 3),
            new Product("Tent", "Outdoor", "179.00", 2, 6, 1),
            new Product("Hiking Boots", "Outdoor", "139.00", 2, 6, 3),
            new Product("Backpack", "Outdoor", "79.00", 3, 7, 3),
            new Product("Bicycle Helmet", "Outdoor", "59.00", 3, 6, 1),
            new Product("Coffee Beans", "Grocery", "14.50", 12, 12, 11),
            new Product("Olive Oil", "Grocery", "9.90", 12, 8, 7),
            new Product("Green Tea", "Grocery", "6.40", 12, 7, 9),
            new Product("Dark Chocolate", "Grocery", "3.20", 24, 6, 9),
            new Product("Rain Jacket", "Apparel", "119.00", 2, 3, 5),
            new Product("Running Shoes", "Apparel", "109.00", 2, 7, 3),
            new Product("Wool Sweater", "Apparel", "89.00", 3, 1, 6));

    private static final List<String> REGIONS = List.of("North", "South", "East", "West", "Central");
    private static final List<Integer> REGION_WEIGHTS = List.of(22, 18, 20, 25, 15);
    /** Relative order volume per calendar month, January first. */
    private static final int[] SEASON = {80, 75, 90, 95, 100, 100, 95, 95, 100, 105, 125, 150};
    private static final int MONTHS = 36;

    @Override
    public String name() {
        return "sales";
    }

    @Override
    public List<TableName> tables() {
        return List.of(SALES);
    }

    @Override
    public long rows(DemoDataProperties sizes) {
        return sizes.sales();
    }

    @Override
    public void create(Warehouse.Transaction tx, Dialect dialect, long rows, long seed) {
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(SALES).sql("""
                (order_id BIGINT, order_date DATE, region VARCHAR, product VARCHAR, category VARCHAR,
                 units INTEGER, unit_price DECIMAL(10,2), revenue DECIMAL(12,2))""").build());
        String noise = new Noise(seed, name()).uniform("u_month").uniform("u_day").uniform("u_region")
                .uniform("u_product").uniform("u_units").uniform("u_discount").rows(rows);
        // Squaring u_units makes small quantities the most common.
        String select = Literals.fill("""
                SELECT 100000 + row_number() OVER (ORDER BY order_date, i), order_date, region, p.name, p.category,
                  units, unit_price, units * unit_price
                FROM (SELECT i, p, ${region} AS region,
                    month_start + floor(u_day * dayofmonth(last_day(month_start)))::INTEGER AS order_date,
                    1 + floor(u_units * u_units * p.max_units)::INTEGER AS units,
                    round(p.price * ${discount}::DECIMAL(3,2), 2)::DECIMAL(10,2) AS unit_price
                  FROM (SELECT *, ${products}[CASE WHEN month(month_start) BETWEEN 4 AND 9
                      THEN ${warmProduct} ELSE ${coldProduct} END] AS p
                    FROM (SELECT *, (DATE '2023-11-01' + to_months(${month} - 1))::DATE AS month_start
                      FROM ${noise})))""",
                "region", Literals.weighted(REGIONS, REGION_WEIGHTS, "u_region"),
                "discount", Literals.weighted(List.of("1.00", "0.95", "0.90", "0.85"), List.of(6, 2, 1, 1),
                        "u_discount"),
                "products", Literals.list(PRODUCTS, p -> "{'name': " + Literals.string(p.name()) + ", 'category': "
                        + Literals.string(p.category()) + ", 'price': " + p.price() + "::DECIMAL(10,2), 'max_units': "
                        + p.maxUnits() + "}"),
                "warmProduct", Literals.weightedIndex(PRODUCTS.stream().map(Product::warmWeight).toList(), "u_product"),
                "coldProduct", Literals.weightedIndex(PRODUCTS.stream().map(Product::coldWeight).toList(), "u_product"),
                "month", Literals.weightedIndex(monthWeights(), "u_month"),
                "noise", noise);
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(SALES).sql(" ").sql(select).build());
    }

    /** Weights of the 36 months from November 2023: the season times a steady growth. */
    private static List<Integer> monthWeights() {
        List<Integer> weights = new ArrayList<>(MONTHS);
        for (int m = 0; m < MONTHS; m++) {
            int calendarMonth = (10 + m) % 12;
            weights.add((int) Math.round(SEASON[calendarMonth] * (1 + 0.3 * m / (MONTHS - 1)) / 5));
        }
        return weights;
    }
}
