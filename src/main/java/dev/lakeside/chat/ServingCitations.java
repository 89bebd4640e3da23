package dev.lakeside.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the retrieved context in a serving endpoint's answer. Two documented shapes are read:
 * <ul>
 *   <li>OpenAI-style annotations on the message or a streamed delta:
 *   {@code choices[0].message.annotations[{type: "url_citation", url_citation: {url, title}}]};</li>
 *   <li>the MLflow trace an agent returns in {@code databricks_output.trace} (when it is asked to return
 *   its trace): the outputs of spans of type {@code RETRIEVER}, documents with {@code page_content} and
 *   {@code metadata.doc_uri} (and {@code chunk_id}).</li>
 * </ul>
 * Anything else is ignored: an answer without these shows no citations.
 */
final class ServingCitations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ServingCitations() {
    }

    static void collect(JsonNode body, List<Citation> into) {
        JsonNode choice = body.path("choices").path(0);
        annotations(choice.path("message").path("annotations"), into);
        annotations(choice.path("delta").path("annotations"), into);
        for (JsonNode span : body.path("databricks_output").path("trace").path("data").path("spans")) {
            JsonNode attributes = span.path("attributes");
            if (text(attributes.path("mlflow.spanType")).equals("RETRIEVER")) {
                retrieved(attributes.path("mlflow.spanOutputs"), into);
            }
        }
    }

    /** The same source once, first occurrence kept. */
    static List<Citation> distinct(List<Citation> citations) {
        Map<String, Citation> bySource = new LinkedHashMap<>();
        citations.forEach(c -> bySource.putIfAbsent(c.source(), c));
        return new ArrayList<>(bySource.values());
    }

    private static void annotations(JsonNode annotations, List<Citation> into) {
        for (JsonNode annotation : annotations) {
            JsonNode url = annotation.path("url_citation");
            if ("url_citation".equals(annotation.path("type").asText()) && url.hasNonNull("url")) {
                into.add(new Citation(url.path("url").asText(), url.path("title").asText(""), null));
            }
        }
    }

    /** MLflow keeps span attributes as JSON text; a retriever's output is a list of documents. */
    private static void retrieved(JsonNode outputs, List<Citation> into) {
        JsonNode documents = outputs;
        if (outputs.isTextual()) {
            try {
                documents = JSON.readTree(outputs.asText());
            } catch (IOException e) {
                return;
            }
        }
        for (JsonNode document : documents) {
            JsonNode metadata = document.path("metadata");
            String uri = metadata.path("doc_uri").asText("");
            if (!uri.isBlank()) {
                String chunk = metadata.path("chunk_id").asText("");
                into.add(new Citation(chunk.isBlank() ? uri : uri + " #" + chunk, excerpt(document.path("page_content").asText("")), null));
            }
        }
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }

    /** Attribute values are JSON-encoded strings ("\"RETRIEVER\""); accept them plain too. */
    private static String text(JsonNode value) {
        String raw = value.asText("");
        return raw.startsWith("\"") && raw.endsWith("\"") && raw.length() >= 2 ? raw.substring(1, raw.length() - 1) : raw;
    }
}
