package dev.lakeside.chat;

/**
 * A piece of retrieved context an answer rests on.
 *
 * @param source where it comes from: a document and section, a review id, or a URL
 * @param title  a short label, may be empty
 * @param score  the retriever's relevance score, or null when the source does not report one
 */
record Citation(String source, String title, Double score) {
}
