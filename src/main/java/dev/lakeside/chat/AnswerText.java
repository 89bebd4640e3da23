package dev.lakeside.chat;

import java.util.Locale;

/** The Markdown a message shows: the (neutralized) text, then the citations under it. */
final class AnswerText {

    private AnswerText() {
    }

    static String of(ChatTurn turn) {
        String text = SafeMarkdown.neutralize(turn.text());
        if (turn.citations().isEmpty()) {
            return text;
        }
        StringBuilder sources = new StringBuilder(text).append("\n\n**Sources**\n\n");
        int n = 1;
        for (Citation citation : turn.citations()) {
            sources.append(n++).append(". ").append(SafeMarkdown.escape(citation.source()));
            if (!citation.title().isBlank()) {
                sources.append(" — ").append(SafeMarkdown.escape(citation.title()));
            }
            if (citation.score() != null) {
                sources.append(String.format(Locale.ROOT, " (score %.2f)", citation.score()));
            }
            sources.append('\n');
        }
        return sources.toString().strip();
    }

    static String failure(String userMessage) {
        return "**Could not answer.** " + SafeMarkdown.escape(userMessage);
    }
}
