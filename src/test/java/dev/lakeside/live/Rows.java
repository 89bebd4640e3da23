package dev.lakeside.live;

import dev.lakeside.warehouse.QueryResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Compares query results row by row; doubles may differ in the last bits (summation order). */
final class Rows {

    private Rows() {
    }

    static void assertSameRows(QueryResult actual, QueryResult expected) {
        assertThat(actual.size()).as("rows").isEqualTo(expected.size()).isPositive();
        for (int r = 0; r < expected.size(); r++) {
            List<Object> a = actual.rows().get(r).values();
            List<Object> e = expected.rows().get(r).values();
            assertThat(a).as("columns of row %d", r).hasSameSizeAs(e);
            for (int c = 0; c < e.size(); c++) {
                if (e.get(c) instanceof Double expectedValue) {
                    assertThat((Double) a.get(c)).as("row %d %s", r, e).isCloseTo(expectedValue, within(1e-9));
                } else if (e.get(c) instanceof Number expectedNumber) {
                    assertThat(((Number) a.get(c)).longValue()).as("row %d %s", r, e).isEqualTo(expectedNumber.longValue());
                } else {
                    assertThat(a.get(c)).as("row %d %s", r, e).isEqualTo(e.get(c));
                }
            }
        }
    }
}
