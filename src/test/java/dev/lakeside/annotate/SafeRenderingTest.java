package dev.lakeside.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Guidelines, image paths and exported values coming from configuration or data cannot inject anything. */
class SafeRenderingTest {

    @Test
    void guidelines_markdownRendered_rawHtmlEscapedAndScriptLinksDropped() {
        String html = Markdown.toHtml("Pick **positive**.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(2))");

        assertThat(html).startsWith("<div class=\"annotate-guidelines\">").contains("<strong>positive</strong>")
                .doesNotContain("<script>").contains("&lt;script&gt;").doesNotContain("javascript:");
    }

    @Test
    void imagePath_outsideTheFolder_findsNothing(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("images"));
        Files.writeString(folder.resolve("cat.png"), "png");
        Files.writeString(dir.resolve("secret.txt"), "secret");

        assertThat(ItemImages.resolve(folder, "cat.png")).contains(folder.resolve("cat.png").toAbsolutePath().normalize());
        assertThat(ItemImages.resolve(folder, "/cat.png")).isPresent();
        assertThat(ItemImages.resolve(folder, "../secret.txt")).isEmpty();
        assertThat(ItemImages.resolve(folder, "..\\secret.txt")).isEmpty();
        assertThat(ItemImages.resolve(folder, "missing.png")).isEmpty();
    }

    @Test
    void exportValues_quotesAndFormulasAndControlCharacters_areEscaped() {
        assertThat(FinalLabelExport.csv("a \"quoted\", value")).isEqualTo("\"a \"\"quoted\"\", value\"");
        assertThat(FinalLabelExport.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(FinalLabelExport.json("line\nbreak \"q\" \\ \u0001")).isEqualTo("\"line\\nbreak \\\"q\\\" \\\\ \\u0001\"");
    }
}
