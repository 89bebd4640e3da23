package dev.lakeside.load;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A data steward in the Supplier Fixer: searches suppliers by name, selects a row, types a country
 * code, applies it to the pending changes, then discards them; now and then saves instead (one audited
 * MERGE), so the warehouse sees a few writes, not a flood.
 */
final class FixerUser implements UserScript {

    private static final List<String> SEARCHES = List.of("Pol", "Agro", "Trans", "Nord", "Stal", "Inter", "Eko",
            "Hydro", "Bud", "Chem", "Steel", "Food");
    private static final List<String> CODES = List.of("PL", "DE", "FR", "NL", "SE", "IT");

    private final double saveProbability;

    FixerUser(double saveProbability) {
        this.saveProbability = saveProbability;
    }

    @Override
    public String tool() {
        return "fixer";
    }

    @Override
    public String route() {
        return "fixer";
    }

    @Override
    public void round(UidlClient client, Random random, Think think) throws Exception {
        UiTree tree = client.tree;
        int search = tree.byLabel("vaadin-text-field", "Search name").id;
        int grid = tree.find("vaadin-grid", n -> true).orElseThrow().id;
        JsonNode found = client.rpc("fixer.search", List.of(
                Map.of("type", "mSync", "node", search, "feature", 1, "property", "value",
                        "value", SEARCHES.get(random.nextInt(SEARCHES.size()))),
                Map.of("type", "event", "node", search, "event", "input", "data", Map.of("1", 1, "for", "trailing"))));
        List<JsonNode> rows = Grids.items(found, grid);
        if (rows.isEmpty()) {
            return;
        }
        think.pause(random);
        String key = rows.get(random.nextInt(rows.size())).path("key").asString();
        client.rpc("fixer.select", List.of(Rpc.published(grid, "select", List.of(key))));
        think.pause(random);
        int field = tree.find("vaadin-text-field", n -> n.property("label") != null
                && !n.property("label").startsWith("Search")).orElseThrow().id;
        client.rpc("fixer.edit", Rpc.setValue(field, CODES.get(random.nextInt(CODES.size())), "change"));
        JsonNode applied = client.rpc("fixer.apply", List.of(Rpc.click(tree.byText("vaadin-button", "Apply").id)));
        if (applied.toString().contains("changed, not saved yet")) {
            client.stats().count("fixer.applied");
        }
        think.pause(random);
        if (random.nextDouble() < saveProbability) {
            JsonNode saved = client.rpc("fixer.save", List.of(Rpc.click(tree.byText("vaadin-button", "Save changes").id)));
            client.stats().count(saved.toString().contains("Saved 1 row") ? "fixer.saved" : "fixer.save-not-confirmed");
        } else {
            client.rpc("fixer.discard", List.of(Rpc.click(tree.byText("vaadin-button", "Discard changes").id)));
        }
    }
}
