package dev.lakeside.chat;

import java.util.List;

/**
 * A finished answer.
 *
 * @param text      the Markdown text, as streamed
 * @param citations the retrieved context, empty when the source returned none
 */
record Answer(String text, List<Citation> citations) {

    Answer {
        citations = List.copyOf(citations);
    }
}
