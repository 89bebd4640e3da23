package dev.lakeside.load;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An analyst in the table explorer on gold.sales: scrolls the grid (each scroll is the grid asking for
 * a row range), adds a "region contains" filter through the column combo box, counts the matching rows
 * (a background query whose result comes back by push, or by poll as the browser would), removes the filter.
 */
final class ExplorerUser implements UserScript {

    private static final List<String> REGIONS = List.of("North", "South", "East", "West", "Central");

    @Override
    public String tool() {
        return "explore";
    }

    @Override
    public String route() {
        return "explore";
    }

    @Override
    public String query() {
        return "table=gold.sales";
    }

    @Override
    public void round(UidlClient client, Random random, Think think) throws Exception {
        UiTree tree = client.tree;
        int grid = tree.find("vaadin-grid", n -> n.attributes.containsKey("multi-sort")).orElseThrow().id;
        for (int i = 0; i < 3; i++) {
            // Scrolling down from the top, as the recorded browser did: each viewport 200 rows further.
            int start = 150 + 200 * i + random.nextInt(50);
            JsonNode page = client.rpc("explore.scroll", List.of(Rpc.published(grid, "setViewportRange", List.of(start, 100))));
            List<JsonNode> rows = Grids.items(page, grid);
            if (rows.isEmpty()) {
                client.stats().error("explore.scroll", "no rows arrived for range " + start + " from grid " + grid + " of "
                        + tree.findAll("vaadin-grid", n -> true).stream().map(n -> n.id + "" + n.properties.keySet()).toList() + ": " + page);
            } else {
                client.stats().count("explore.rows-received", rows.size());
            }
            think.pause(random);
        }
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        addFilter(client, region);
        think.pause(random);
        count(client, random);
        think.pause(random);
        client.rpc("explore.remove-filter", List.of(Rpc.click(tree.find("vaadin-button",
                n -> "Remove filter on region".equals(n.attributes.get("aria-label"))).orElseThrow().id)));
        think.pause(random);
    }

    private static void addFilter(UidlClient client, String region) throws Exception {
        UiTree tree = client.tree;
        int column = tree.byLabel("vaadin-combo-box", "Column").id;
        JsonNode choices = client.rpc("explore.column-list", List.of(
                Rpc.published(column, "setViewportRange", List.of(0, 50, "")),
                Map.of("type", "mSync", "node", column, "feature", 1, "property", "opened", "value", true),
                Map.of("type", "event", "node", column, "event", "opened-changed", "data", Map.of())));
        String key = client.received(column).stream().filter(c -> c.path("label").asString().startsWith("region "))
                .findFirst().orElseThrow(() -> new IllegalStateException("no region column offered: " + choices)).path("key").asString();
        client.rpc("explore.choose-column", Rpc.setValue(column, key, "value-changed"));
        client.rpc("explore.type-value", Rpc.setValue(tree.byLabel("vaadin-text-field", "Contains").id, region, "change"));
        JsonNode added = client.rpc("explore.add-filter", List.of(Rpc.click(tree.byText("vaadin-button", "Add filter").id)));
        if (!added.toString().contains("region contains")) {
            client.stats().error("explore.add-filter", "no filter chip shown: " + added);
        }
    }

    /** Clicks "Count rows" and waits until the count is on screen, polling while the server asks for polls. */
    private static void count(UidlClient client, Random random) throws Exception {
        UiTree tree = client.tree;
        client.forgetPushes();
        long start = System.nanoTime();
        client.rpc("explore.count-click", List.of(Rpc.click(tree.byText("vaadin-button", "Count rows").id)));
        long deadline = start + 30_000_000_000L;
        while (!counted(tree)) {
            if (System.nanoTime() > deadline) {
                client.stats().error("explore.count", "no count shown within 30 s");
                return;
            }
            UiTree.Node ui = tree.find("body", n -> true).orElseThrow();
            int poll = ui.properties.containsKey("pollInterval") ? ui.properties.get("pollInterval").asInt() : -1;
            client.awaitPush(message -> message.contains("matching rows"), java.time.Duration.ofMillis(poll > 0 ? poll : 200));
            if (!counted(tree) && poll > 0) {
                client.rpc("explore.poll", List.of(Map.of("type", "event", "node", ui.id, "event", "ui-poll", "data", Map.of())));
            }
        }
        client.stats().latency("explore.count (until shown)", System.nanoTime() - start);
    }

    private static boolean counted(UiTree tree) {
        return tree.find("span", n -> n.text == null && tree.textOf(n).endsWith("matching rows")).isPresent();
    }
}
