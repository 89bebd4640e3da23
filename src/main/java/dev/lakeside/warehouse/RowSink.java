package dev.lakeside.warehouse;

import java.io.IOException;
import java.util.List;

/**
 * Receives the rows of {@link Warehouse#stream} one at a time, as the warehouse reads them, so a
 * result of any size passes through without being held in memory. Throwing stops the query.
 */
@FunctionalInterface
public interface RowSink {

    /** Called once, before the first row, with the result's columns (also when there are no rows). */
    default void columns(List<ColumnInfo> columns) throws IOException {
    }

    /** Called for each row in result order; the row is immutable but should not be kept. */
    void row(Row row) throws IOException;
}
