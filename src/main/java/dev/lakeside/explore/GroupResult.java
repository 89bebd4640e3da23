package dev.lakeside.explore;

import dev.lakeside.warehouse.QueryResult;

import java.util.List;

/**
 * The rows of a group-by: one per combination of dimension values, with one column per
 * dimension (named as the column) and one per measure (named {@link Measure#alias()}).
 *
 * @param truncated true when there were more groups than the explorer shows
 */
record GroupResult(List<String> dimensions, List<Measure> measures, QueryResult rows, boolean truncated) {
}
