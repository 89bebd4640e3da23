package dev.lakeside.chat;

import java.util.List;

/**
 * What answers the chat: a Model Serving endpoint in Databricks mode ({@link ServingEndpointChat}), a
 * local retriever otherwise ({@link LocalRetrievalChat}). Both stream text into an {@link AnswerStream}
 * and return the citations at the end.
 */
interface AnswerSource {

    /** Shown above the conversation, so that nobody mistakes local retrieval for a model. */
    String label();

    /** True for the local implementation (the view shows a "Local" badge). */
    boolean local();

    /**
     * Answers the last user turn of {@code conversation}, blocking until done or stopped.
     *
     * @throws ChatFailure with a message for the user when the answer cannot be produced
     */
    Answer answer(List<ChatTurn> conversation, AnswerStream stream);
}
