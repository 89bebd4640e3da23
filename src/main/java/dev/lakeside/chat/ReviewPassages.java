package dev.lakeside.chat;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** The demo's product reviews ({@code silver.reviews}) as passages, one per review, cited by review id. */
final class ReviewPassages {

    private static final Logger log = LoggerFactory.getLogger(ReviewPassages.class);
    static final TableName REVIEWS = new TableName("silver", "reviews");

    private ReviewPassages() {
    }

    /** The first {@code limit} reviews by id; none (and a log line) when the table cannot be read. */
    static List<Passage> read(Warehouse warehouse, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        try {
            return warehouse.query(new SqlBuilder(warehouse.dialect())
                            .sql("SELECT review_id, product, stars, review_text FROM ").table(REVIEWS)
                            .sql(" ORDER BY review_id LIMIT ").value(limit).build())
                    .map(row -> new Passage("silver.reviews #" + row.getLong("review_id"),
                            "Review of " + row.getString("product") + ", " + row.getLong("stars") + " of 5 stars",
                            row.getString("review_text")));
        } catch (WarehouseException e) {
            log.info("Chat: not indexing {} ({})", REVIEWS, e.getMessage());
            return List.of();
        }
    }
}
