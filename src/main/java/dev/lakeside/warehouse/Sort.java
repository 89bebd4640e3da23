package dev.lakeside.warehouse;

/** One sort key of a paged read. */
public record Sort(String column, boolean ascending) {

    public static Sort asc(String column) {
        return new Sort(column, true);
    }

    public static Sort desc(String column) {
        return new Sort(column, false);
    }
}
