package dev.lakeside.annotate;

/**
 * An item whose annotators gave different labels.
 *
 * @param itemKey    the item
 * @param preview    the item's first shown column, for recognising it
 * @param labels     who said what, as "annotator: label, ..."
 * @param finalLabel the adjudicated label, or null while undecided
 */
record Disagreement(String itemKey, String preview, String labels, String finalLabel) {
}
