package dev.lakeside.editor;

import dev.lakeside.ui.ConfiguredTools;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every configured editor, validated at start-up so a typo fails the start, not a user's click. */
@Component
class EditorTools implements ConfiguredTools {

    private final Map<String, EditorTool> byId = new java.util.LinkedHashMap<>();
    private final Map<String, EditorTool> byPath = new HashMap<>();
    private final Map<String, List<String>> userGroups;
    private final Map<String, Vocabulary> vocabularies = new HashMap<>();

    EditorTools(EditorProperties properties, List<Vocabulary> vocabularies) {
        vocabularies.forEach(v -> this.vocabularies.put(v.name(), v));
        this.userGroups = Map.copyOf(properties.userGroups());
        properties.tools().forEach((id, definition) -> {
            EditorTool tool = EditorTool.from(id, definition);
            tool.rules().forEach((column, rule) -> {
                if (rule.vocabulary() != null && !this.vocabularies.containsKey(rule.vocabulary())) {
                    throw new IllegalStateException("Tool " + id + " names unknown vocabulary " + rule.vocabulary());
                }
            });
            if (byPath.putIfAbsent(tool.path(), tool) != null) {
                throw new IllegalStateException("Two tools share the route " + tool.path());
            }
            byId.put(id, tool);
        });
    }

    List<EditorTool> all() {
        return List.copyOf(byId.values());
    }

    Optional<EditorTool> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<EditorTool> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    EditorTool require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("No editor tool " + id));
    }

    Map<String, List<String>> userGroups() {
        return userGroups;
    }

    Optional<Vocabulary> vocabulary(String name) {
        return Optional.ofNullable(name == null ? null : vocabularies.get(name));
    }

    @Override
    public List<ToolLink> tools() {
        List<ToolLink> links = new ArrayList<>();
        for (EditorTool tool : byId.values()) {
            links.add(new ToolLink(tool.title(), "/" + tool.path(), tool.icon(), tool.description(), tool.menuOrder()));
        }
        return links;
    }
}
