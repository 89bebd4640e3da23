package dev.lakeside.load;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reads the rows a grid or combo box received: the {@code $connector.set(start, items)} calls of an answer. */
final class Grids {

    private Grids() {
    }

    /** Items sent to the connector of {@code node} in this answer (each has a "key" and its columns). */
    static List<JsonNode> items(JsonNode answer, int node) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode call : answer.path("execute")) {
            JsonNode last = call.path(call.size() - 1);
            String script = last.isString() ? last.asString() : "";
            if (script.contains("$connector.set(") && call.path(0).path("@v-node").asInt() == node) {
                call.path(2).forEach(items::add);
            }
        }
        return items;
    }
}
