package dev.lakeside.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the chat tool ({@code lakeside.chat.*}).
 *
 * @param endpoint       the Model Serving endpoint answering in Databricks mode (env LAKESIDE_CHAT_ENDPOINT)
 * @param maxTokens      {@code max_tokens} of each request to the endpoint
 * @param stream         ask the endpoint to stream ({@code stream: true}, server-sent events)
 * @param historyTurns   messages of a conversation kept and sent with each question (oldest dropped first)
 * @param historyUsers   users whose conversations are kept in memory (least recently used dropped first)
 * @param historyIdle    a conversation not touched for this long is forgotten
 * @param local          the local retriever (embedded mode)
 */
@ConfigurationProperties("lakeside.chat")
record ChatProperties(
        @DefaultValue("") String endpoint,
        @DefaultValue("1024") long maxTokens,
        @DefaultValue("true") boolean stream,
        @DefaultValue("40") int historyTurns,
        @DefaultValue("500") int historyUsers,
        @DefaultValue("12h") Duration historyIdle,
        @DefaultValue Local local) {

    ChatProperties {
        if (maxTokens < 1 || historyTurns < 2 || historyUsers < 1) {
            throw new IllegalArgumentException("lakeside.chat needs max-tokens >= 1, history-turns >= 2, history-users >= 1");
        }
        // The name goes into the request path: only what Model Serving allows in endpoint names.
        if (endpoint != null && !endpoint.isBlank() && !endpoint.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,62}")) {
            throw new IllegalArgumentException("lakeside.chat.endpoint is not a serving endpoint name: " + endpoint);
        }
    }

    boolean hasEndpoint() {
        return endpoint != null && !endpoint.isBlank();
    }

    /**
     * @param docsDir        folder of Markdown documents to index ({@code docs/*.md})
     * @param reviews        rows of {@code silver.reviews} to index (0: none)
     * @param passages       passages shown per answer
     * @param chunkDelay     pause between streamed pieces, so the answer visibly streams like a model's
     */
    record Local(
            @DefaultValue("./docs") Path docsDir,
            @DefaultValue("2000") int reviews,
            @DefaultValue("3") int passages,
            @DefaultValue("15ms") Duration chunkDelay) {
    }
}
