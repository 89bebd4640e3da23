package dev.lakeside.annotate;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders guidelines written in Markdown. Raw HTML in the source is escaped, not passed
 * through, and links with unsafe schemes (such as {@code javascript:}) are dropped, so a
 * task's configuration cannot inject script into the page.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    /** The HTML for the Markdown, wrapped in one {@code div} as Vaadin's {@code Html} needs. */
    static String toHtml(String markdown) {
        return "<div class=\"annotate-guidelines\">" + RENDERER.render(PARSER.parse(markdown == null ? "" : markdown))
                + "</div>";
    }
}
