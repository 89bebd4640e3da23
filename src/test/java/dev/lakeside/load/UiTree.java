package dev.lakeside.load;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The client's copy of a UI's state tree, as Vaadin's browser client keeps it: nodes with a tag,
 * properties, attributes, text and children, built from the {@code changes} of every UIDL answer and
 * push message. Lets a simulated user find a component by what it shows (a button's caption, a
 * field's label) instead of by a node number. Thread-safe: push messages arrive on another thread.
 */
final class UiTree {

    /** One state node; {@code text} is set for text nodes only. */
    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
        }
    }

    private static final int FEATURE_ELEMENT_DATA = 0;
    private static final int FEATURE_PROPERTIES = 1;
    private static final int FEATURE_CHILDREN = 2;
    private static final int FEATURE_ATTRIBUTES = 3;
    private static final int FEATURE_TEXT = 7;

    private final Map<Integer, Node> nodes = new HashMap<>();

    synchronized void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            Node node = nodes.computeIfAbsent(change.path("node").asInt(), Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (change.path("type").asString()) {
                case "detach" -> nodes.remove(node.id);
                case "put" -> put(node, feature, change.path("key").asString(""), change.path("value"));
                case "remove" -> {
                    node.properties.remove(change.path("key").asString());
                    node.attributes.remove(change.path("key").asString());
                }
                case "clear" -> {
                    if (feature == FEATURE_CHILDREN) {
                        node.children.clear();
                    }
                }
                case "splice" -> {
                    if (feature == FEATURE_CHILDREN) {
                        splice(node, change);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case FEATURE_ELEMENT_DATA -> {
                if (key.equals("tag") && value.isString()) {
                    node.tag = value.asString();
                }
            }
            case FEATURE_PROPERTIES -> node.properties.put(key, value);
            case FEATURE_ATTRIBUTES -> node.attributes.put(key, value.isString() ? value.asString() : null);
            case FEATURE_TEXT -> node.text = value.isString() ? value.asString() : null;
            default -> node.properties.put(key, value); // UI settings such as pollInterval
        }
    }

    private static void splice(Node node, JsonNode change) {
        int index = Math.min(change.path("index").asInt(), node.children.size());
        int remove = change.path("remove").asInt(0);
        for (int i = 0; i < remove && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(id -> added.add(id.asInt()));
        node.children.addAll(index, added);
    }

    /** The first attached node with this tag that matches, in node order. */
    synchronized Optional<Node> find(String tag, Predicate<Node> matches) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).filter(matches)
                .min((a, b) -> Integer.compare(a.id, b.id));
    }

    synchronized List<Node> findAll(String tag, Predicate<Node> matches) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).filter(matches).toList();
    }

    /** A button (or any element) by the text it shows, such as "Save changes". */
    Node byText(String tag, String text) {
        return find(tag, n -> text.equals(textOf(n).strip()))
                .orElseThrow(() -> new IllegalStateException("No <" + tag + "> showing \"" + text + "\""));
    }

    /** A field by its label property, such as "Contains". */
    Node byLabel(String tag, String label) {
        return find(tag, n -> label.equals(n.property("label")))
                .orElseThrow(() -> new IllegalStateException("No <" + tag + "> labelled \"" + label + "\""));
    }

    /** The text a node shows: its own and that of its descendants. */
    synchronized String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text, 0);
        return text.toString();
    }

    private void collectText(Node node, StringBuilder text, int depth) {
        if (node.text != null) {
            text.append(node.text);
        }
        if (depth < 20) {
            for (int child : node.children) {
                Node c = nodes.get(child);
                if (c != null) {
                    collectText(c, text, depth + 1);
                }
            }
        }
    }

    synchronized int size() {
        return nodes.size();
    }
}
