package dev.lakeside.chat;

import java.util.List;

/**
 * One message of a conversation.
 *
 * @param speaker   who wrote it
 * @param text      the Markdown text (what is sent back to the endpoint as history)
 * @param citations the retrieved context of an answer; empty for questions
 */
record ChatTurn(Speaker speaker, String text, List<Citation> citations) {

    /** The two sides of a chat-completions conversation (roles {@code user} and {@code assistant}). */
    enum Speaker {
        USER, ASSISTANT
    }

    ChatTurn {
        citations = List.copyOf(citations);
    }

    static ChatTurn user(String text) {
        return new ChatTurn(Speaker.USER, text, List.of());
    }

    static ChatTurn answer(Answer answer) {
        return new ChatTurn(Speaker.ASSISTANT, answer.text(), answer.citations());
    }
}
