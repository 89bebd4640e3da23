package dev.lakeside.chat;

/**
 * A piece of text the local retriever can find.
 *
 * @param source where it is: {@code docs/live.md § Pipeline} or {@code silver.reviews #42}
 * @param title  the section heading path or the review's product
 * @param text   the passage itself (Markdown for documents)
 */
record Passage(String source, String title, String text) {
}
