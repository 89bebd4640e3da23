package dev.lakeside.chat;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.Locale;
import java.util.TreeSet;

/**
 * Makes Markdown from a model or a document safe to render: raw HTML (blocks and inline tags) is
 * turned into visible text, and links or images whose target is not http(s), mailto or relative become
 * plain text. The message list renders Markdown in the browser (and sanitizes it as well); this is the
 * server-side guarantee that no HTML from an answer ever reaches the page as markup. It uses
 * commonmark's parser with source positions, so code spans and code blocks are left untouched.
 */
final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private SafeMarkdown() {
    }

    /** The same Markdown with a backslash before every character that would start HTML or an unsafe link. */
    static String neutralize(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        TreeSet<Integer> escapes = new TreeSet<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                escapeEvery(html, '<');
            }

            @Override
            public void visit(HtmlInline html) {
                escapeEvery(html, '<');
            }

            @Override
            public void visit(Link link) {
                if (!safe(link.getDestination())) {
                    escapeOpening(link);
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (!safe(image.getDestination())) {
                    escapeOpening(image);
                }
                visitChildren(image);
            }

            private void escapeEvery(Node node, char c) {
                for (SourceSpan span : node.getSourceSpans()) {
                    for (int i = span.getInputIndex(); i < span.getInputIndex() + span.getLength(); i++) {
                        if (markdown.charAt(i) == c) {
                            escapes.add(i);
                        }
                    }
                }
            }

            /** {@code [text](url)}, {@code ![alt](url)} and {@code <url>}: escaping the bracket leaves text. */
            private void escapeOpening(Node node) {
                if (node.getSourceSpans().isEmpty()) {
                    return;
                }
                int at = node.getSourceSpans().getFirst().getInputIndex();
                escapes.add(markdown.charAt(at) == '!' ? at + 1 : at);
            }
        });
        StringBuilder safe = new StringBuilder(markdown.length() + escapes.size());
        for (int i = 0; i < markdown.length(); i++) {
            if (escapes.contains(i)) {
                safe.append('\\');
            }
            safe.append(markdown.charAt(i));
        }
        return safe.toString();
    }

    /** Plain text shown literally in Markdown: every punctuation character that Markdown could read is escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~&".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return escaped.toString();
    }

    private static boolean safe(String destination) {
        String target = destination == null ? "" : destination.strip().toLowerCase(Locale.ROOT);
        int colon = target.indexOf(':');
        int slash = target.indexOf('/');
        boolean relative = colon < 0 || (slash >= 0 && slash < colon);
        return relative || target.startsWith("http:") || target.startsWith("https:") || target.startsWith("mailto:");
    }
}
