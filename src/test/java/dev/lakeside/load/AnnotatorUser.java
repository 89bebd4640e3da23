package dev.lakeside.load;

import java.util.List;
import java.util.Random;

/** An annotator labelling reviews: picks a label, submits, gets the next item. */
final class AnnotatorUser implements UserScript {

    private static final List<String> LABELS = List.of("positive", "neutral", "negative");

    @Override
    public String tool() {
        return "annotate";
    }

    @Override
    public String route() {
        return "annotate";
    }

    @Override
    public void round(UidlClient client, Random random, Think think) throws Exception {
        UiTree tree = client.tree;
        String label = LABELS.get(random.nextInt(LABELS.size()));
        var button = tree.find("vaadin-button", n -> tree.textOf(n).strip().endsWith(" " + label));
        if (button.isEmpty()) {
            client.stats().count("annotate.nothing-left");
            think.pause(random);
            return;
        }
        client.rpc("annotate.label", List.of(Rpc.click(button.get().id)));
        think.pause(random);
        client.rpc("annotate.submit", List.of(Rpc.click(tree.byText("vaadin-button", "Submit (Enter)").id)));
        think.pause(random);
    }
}
