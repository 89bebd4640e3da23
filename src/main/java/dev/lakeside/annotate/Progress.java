package dev.lakeside.annotate;

/**
 * How far a task is.
 *
 * @param mine           labels this annotator has written
 * @param everyone       labels written by everyone
 * @param totalItems     items in the source table
 * @param remainingItems items that still need labels
 * @param overlap        labels wanted per item
 */
record Progress(long mine, long everyone, long totalItems, long remainingItems, int overlap) {

    long labelsWanted() {
        return totalItems * overlap;
    }
}
