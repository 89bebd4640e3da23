package dev.lakeside.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chat's story in a browser: ask a question about the docs and get an answer that cites its source. */
class ChatE2ETest extends BrowserE2ETest {

    @Test
    void askAboutAnnotatorAgreement_answerStreamsIn_withTheAnnotateDocCited() {
        open("chat");
        assertThat(page.deepTexts("span[theme~='badge']")).contains("Local");

        var input = chromium.driver().findElement(org.openqa.selenium.By.cssSelector("vaadin-message-input textarea"));
        input.sendKeys("How do I check agreement between annotators with Fleiss' kappa?", Keys.ENTER);

        String answer = page.until("a cited answer", d -> {
            List<String> messages = page.deepTexts("vaadin-message");
            String last = messages.isEmpty() ? "" : messages.getLast();
            return messages.size() >= 2 && last.contains("Sources") ? last : null;
        });
        assertThat(page.deepTexts("vaadin-message").getFirst()).contains("Fleiss");
        assertThat(answer).contains("Local retrieval, no language model").containsIgnoringCase("kappa")
                .contains("docs/annotate.md");
    }
}
