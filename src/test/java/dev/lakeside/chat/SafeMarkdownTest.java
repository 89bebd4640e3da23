package dev.lakeside.chat;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an answer may contain cannot become markup: the neutralized Markdown is rendered here by a
 * renderer that passes raw HTML through, which is the worst case for the browser's renderer.
 */
class SafeMarkdownTest {

    private static final HtmlRenderer PASS_THROUGH = HtmlRenderer.builder().build();

    private static String render(String markdown) {
        return PASS_THROUGH.render(Parser.builder().build().parse(markdown));
    }

    @Test
    void rawHtmlBlockAndInline_areShownAsText() {
        String answer = "<script>alert(1)</script>\n\nHello <img src=x onerror=alert(2)> **world**";

        String html = render(SafeMarkdown.neutralize(answer));

        assertThat(html).doesNotContain("<script").doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("<strong>world</strong>");
    }

    @Test
    void unsafeLinksAndImages_becomeText_safeLinksStay() {
        String answer = "[click](javascript:alert(1)) ![x](data:text/html,boom) <javascript:alert(3)> "
                + "[docs](https://example.com/a) [rel](docs/chat.md)";

        String html = render(SafeMarkdown.neutralize(answer));

        assertThat(html).doesNotContain("href=\"javascript").doesNotContain("src=\"data")
                .contains("<a href=\"https://example.com/a\">docs</a>").contains("<a href=\"docs/chat.md\">rel</a>");
    }

    @Test
    void codeSpansAndBlocks_areLeftAlone() {
        String answer = "Use `<b>` tags:\n\n```html\n<b>bold</b>\n```\n";

        assertThat(SafeMarkdown.neutralize(answer)).isEqualTo(answer);
    }

    @Test
    void citationsUnderAnAnswer_areEscapedPlainText() {
        ChatTurn turn = new ChatTurn(ChatTurn.Speaker.ASSISTANT, "See below.",
                List.of(new Citation("docs/x.md § <b>Setup</b>", "[x](javascript:y)", 1.5)));

        String html = render(AnswerText.of(turn));

        assertThat(html).contains("<strong>Sources</strong>").contains("&lt;b&gt;Setup&lt;/b&gt;")
                .doesNotContain("<b>").doesNotContain("href=").contains("(score 1.50)");
    }
}
