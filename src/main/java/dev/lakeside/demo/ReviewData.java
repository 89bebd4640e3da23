package dev.lakeside.demo;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

import java.util.List;

/**
 * {@code silver.reviews}: short reviews of the sales catalogue, each an opener, a detail and a
 * closer drawn from positive, neutral or negative templates, with stars that mostly agree with the
 * tone. They have no sentiment label on purpose: labelling them is a later tool's job.
 */
final class ReviewData implements DemoDataset {

    static final TableName REVIEWS = new TableName("silver", "reviews");

    /** A tone of review: how often it occurs (of 100), its templates and its stars. */
    private record Tone(int weight, List<String> openers, List<String> details, List<String> closers,
                        String stars) {
    }

    private static final List<Tone> TONES = List.of(
            new Tone(55, List.of("Really happy with my {p}.", "Great {p}, exactly what I needed.",
                    "Five stars for the {p}.", "Bought the {p} as a gift and it was a hit.",
                    "Excellent {p} for the price.", "Best {p} I have bought so far."),
                    List.of("The quality feels solid", "Delivery was faster than promised",
                            "It works exactly as described", "It feels like a premium product",
                            "My whole family loves it", "Packaging was neat and nothing was missing"),
                    List.of("Would buy again!", "Highly recommended.", "Great value for money.", "Thank you!", ""),
                    "CASE WHEN u_stars < 0.65 THEN 5 ELSE 4 END"),
            new Tone(20, List.of("Nothing wrong with the {p}, nothing special either.",
                    "Decent {p}, nothing special.", "It does the job.", "Average {p} for the price.",
                    "Mixed feelings about the {p}."),
                    List.of("Some parts feel cheap but it works", "Delivery was on time",
                            "It is smaller than I expected", "The instructions could be clearer",
                            "The colour differs a bit from the photos"),
                    List.of("Might buy again on sale.", "Fine for everyday use.", "Neither great nor bad.", ""),
                    "CASE WHEN u_stars < 0.1 THEN 2 WHEN u_stars < 0.2 THEN 4 ELSE 3 END"),
            new Tone(25, List.of("Disappointed with the {p}.", "Would not recommend the {p}.",
                    "Buying the {p} was a waste of money.", "Expected much more from the {p}.",
                    "Not happy with the {p} at all."),
                    List.of("Customer service never answered my emails",
                            "The quality is much worse than in the photos", "It stopped working after a few days",
                            "The package was torn and parts were missing", "Delivery took almost three weeks",
                            "It arrived damaged"),
                    List.of("I am returning it.", "Very disappointed.", "Avoid.", "Never again.", ""),
                    "CASE WHEN u_stars < 0.6 THEN 1 ELSE 2 END"));

    @Override
    public String name() {
        return "reviews";
    }

    @Override
    public List<TableName> tables() {
        return List.of(REVIEWS);
    }

    @Override
    public long rows(DemoDataProperties sizes) {
        return sizes.reviews();
    }

    @Override
    public void create(Warehouse.Transaction tx, Dialect dialect, long rows, long seed) {
        tx.update(new SqlBuilder(dialect).sql("CREATE TABLE ").table(REVIEWS)
                .sql(" (review_id BIGINT, product VARCHAR, review_text VARCHAR, stars INTEGER, created_at TIMESTAMP)")
                .build());
        String noise = new Noise(seed, name()).uniform("u_tone").uniform("u_product").uniform("u_opener")
                .uniform("u_detail").uniform("u_closer").uniform("u_stars").uniform("u_time").rows(rows);
        StringBuilder text = new StringBuilder("CASE tone");
        StringBuilder stars = new StringBuilder("CASE tone");
        for (int k = 0; k < TONES.size(); k++) {
            Tone tone = TONES.get(k);
            text.append(" WHEN ").append(k + 1).append(" THEN ")
                    .append(Literals.pick(tone.openers(), "u_opener")).append(" || ' ' || ")
                    .append(Literals.pick(tone.details(), "u_detail")).append(" || '. ' || ")
                    .append(Literals.pick(tone.closers(), "u_closer"));
            stars.append(" WHEN ").append(k + 1).append(" THEN ").append(tone.stars());
        }
        List<String> products = SalesData.PRODUCTS.stream().map(SalesData.Product::name).toList();
        tx.update(new SqlBuilder(dialect).sql("INSERT INTO ").table(REVIEWS).sql(" SELECT i + 1, product, ")
                .sql("trim(replace(").sql(text.toString()).sql(" END, '{p}', lower(product))), ")
                .sql(stars.toString()).sql(" END, ")
                .sql("TIMESTAMP '2023-11-01 00:00:00' + to_seconds(floor(u_time * 94608000)::BIGINT) FROM (SELECT *, ")
                .sql(Literals.weightedIndex(TONES.stream().map(Tone::weight).toList(), "u_tone")).sql(" AS tone, ")
                .sql(Literals.pick(products, "u_product")).sql(" AS product FROM ").sql(noise).sql(")").build());
    }
}
