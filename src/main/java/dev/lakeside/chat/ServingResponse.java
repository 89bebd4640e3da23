package dev.lakeside.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a serving endpoint answers: either server-sent events of chat-completion chunks
 * ({@code data: {"choices":[{"delta":{"content":"..."}}]}} ... {@code data: [DONE]}; MLflow ChatAgent
 * chunks {@code data: {"delta":{"content":"..."}}} too), streamed into
 * the {@link AnswerStream} as they arrive, or one chat-completion JSON body (endpoints that do not
 * stream), delivered at once. Citations are read by {@link ServingCitations} from every JSON object seen.
 */
final class ServingResponse {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServingResponse() {
    }

    static Answer read(InputStream body, AnswerStream stream) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        StringBuilder plainBody = new StringBuilder();
        boolean events = false;
        String line;
        while (!stream.stopped() && (line = reader.readLine()) != null) {
            if (line.startsWith("data:")) {
                events = true;
                String data = line.substring(5).strip();
                if (data.equals("[DONE]")) {
                    break;
                }
                JsonNode chunk = JSON.readTree(data);
                // Chat-completion chunks carry choices[0].delta; ChatAgent chunks a top-level delta.
                JsonNode delta = chunk.has("choices") ? chunk.path("choices").path(0).path("delta") : chunk.path("delta");
                String piece = content(delta.path("content"));
                if (!piece.isEmpty()) {
                    text.append(piece);
                    stream.append(piece);
                }
                ServingCitations.collect(chunk, citations);
            } else if (!events) {
                plainBody.append(line).append('\n');
            }
        }
        if (!events && !stream.stopped() && !plainBody.isEmpty()) {
            JsonNode whole = JSON.readTree(plainBody.toString());
            String answer = whole.has("choices") ? content(whole.path("choices").path(0).path("message").path("content"))
                    : lastAssistantMessage(whole.path("messages"));
            text.append(answer);
            stream.append(answer);
            ServingCitations.collect(whole, citations);
        }
        return new Answer(text.toString(), ServingCitations.distinct(citations));
    }

    /** A message's content: a string, or a list of content parts of which the text parts count. */
    static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        if (content.isArray()) {
            for (JsonNode part : content) {
                if ("text".equals(part.path("type").asText())) {
                    text.append(part.path("text").asText());
                }
            }
        }
        return text.toString();
    }

    /** ChatAgent-style bodies ({@code {"messages":[...]}}) answer with their last assistant message. */
    private static String lastAssistantMessage(JsonNode messages) {
        String last = "";
        for (JsonNode message : messages) {
            if ("assistant".equals(message.path("role").asText())) {
                last = content(message.path("content"));
            }
        }
        return last;
    }
}
