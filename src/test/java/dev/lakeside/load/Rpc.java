package dev.lakeside.load;

import java.util.List;
import java.util.Map;

/** The invocations of a UIDL request, as Vaadin's browser client writes them. */
final class Rpc {

    private Rpc() {
    }

    /** A call of a server method the client may call ({@code @ClientCallable}, such as a grid's {@code setViewportRange}). */
    static Map<String, Object> published(int node, String method, List<Object> arguments) {
        return Map.of("type", "publishedEventHandler", "node", node, "templateEventMethodName", method,
                "templateEventMethodArgs", arguments, "promise", 0);
    }

    static Map<String, Object> click(int node) {
        return Map.of("type", "event", "node", node, "event", "click", "data", Map.of("event.detail", 1, "event.button", 0));
    }

    static List<Map<String, Object>> setValue(int node, Object value, String event) {
        return List.of(Map.of("type", "mSync", "node", node, "feature", 1, "property", "value", "value", value),
                Map.of("type", "event", "node", node, "event", event, "data", Map.of()));
    }
}
