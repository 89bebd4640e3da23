package dev.lakeside.reliability;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MessagesKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile corpus typed into every text input of every tool and put into every URL state
 * parameter, through the real views on the real warehouse: nothing executes (every table has the
 * same rows and checksum afterwards, and no table appears), nothing leaks (no stack trace, SQL,
 * exception name or file path on the page or in a notification) and nothing crashes (no exception
 * escapes a listener, no error page, and the view still works afterwards).
 */
@TestPropertySource(properties = {
        "lakeside.live.simulator.enabled=false",
        "lakeside.live.pipeline.enabled=false"})
class HostileInputTest extends KaribuSpringTest {

    /** Opening the annotator leases items and a submitted answer is a label: both are written on purpose. */
    private static final Set<String> WRITTEN_ON_PURPOSE = Set.of("lakeside_meta.annotation_assignments",
            "annotations.review_sentiment", "lakeside_meta.audit_log");

    private static final Set<String> PROBLEMS = new java.util.LinkedHashSet<>();

    @Autowired
    Warehouse warehouse;

    @org.junit.jupiter.api.BeforeEach
    void noProblemsYet() {
        PROBLEMS.clear();
    }

    @Test
    void everyTextInputOfEveryTool_takesTheCorpus_withoutExecutingLeakingOrCrashing() throws InterruptedException {
        UI.getCurrent().navigate("annotate/review-sentiment"); // creates its label table on first use
        TableSnapshot before = TableSnapshot.of(warehouse, WRITTEN_ON_PURPOSE);
        List<String> fed = new ArrayList<>();
        for (Map.Entry<String, String> payload : HostileCorpus.all().entrySet()) {
            for (String route : List.of("fixer", "edit/sales", "catalog", "annotate/review-sentiment", "annotate-review",
                    "predict", "jobs", "live", "taxi", "sales", "charts", "files", "")) {
                UI.getCurrent().navigate("");
                withContext(route, payload.getKey(), () -> UI.getCurrent().navigate(route));
                fed.addAll(feed(route, payload.getKey(), payload.getValue()));
                actOn(route, payload);
                assertCalm(route, payload);
            }
            fed.addAll(exploreContainsFilter(payload));
            fed.addAll(editorRowForm("fixer", payload));
            fed.addAll(bulkFix(payload));
            fed.addAll(chat(payload));
        }

        assertThat(PROBLEMS).isEmpty();
        assertThat(fed).as("inputs the corpus reached").contains("fixer: Search name", "edit/sales: Search product", "catalog: Search tables",
                "annotate/review-sentiment: Note (optional)", "predict: New table name", "jobs: region", "jobs: since",
                "explore: Contains", "fixer form: Country code", "fixer bulk fix: Replace", "chat: question");
        assertThat(TableSnapshot.of(warehouse, WRITTEN_ON_PURPOSE).differencesFrom(before)).isEmpty();
        assertThat(storedNotes("'; DROP TABLE gold.sales; --")).as("an injection note, stored verbatim").isPositive();
        assertThat(storedNotes("<script>alert(1)</script>")).as("a script note, stored verbatim").isPositive();
        assertThat(longestNote()).as("longest stored note (the field allows 2000)").isLessThanOrEqualTo(2000);
    }

    private long storedNotes(String note) {
        return ((Number) warehouse.query(new dev.lakeside.warehouse.SqlBuilder(warehouse.dialect())
                .sql("SELECT count(*) FROM annotations.review_sentiment WHERE note = ").value(note).build())
                .singleValue()).longValue();
    }

    private long longestNote() {
        return ((Number) warehouse.query(new dev.lakeside.warehouse.SqlBuilder(warehouse.dialect())
                .sql("SELECT coalesce(max(length(note)), 0) FROM annotations.review_sentiment").build())
                .singleValue()).longValue();
    }

    @Test
    void everyExplorerLinkParameter_takesTheCorpus_andTheExplorerStillWorks() {
        TableSnapshot before = TableSnapshot.of(warehouse);
        List<String> keys = List.of("table", "contains.product", "in.region", "from.units", "to.units", "sort", "group",
                "measure", "chart");
        for (Map.Entry<String, String> payload : HostileCorpus.all().entrySet()) {
            for (String key : keys) {
                Map<String, List<String>> parameters = new java.util.HashMap<>();
                parameters.put("table", List.of("gold.sales"));
                parameters.put(key, List.of(payload.getValue()));
                withContext("explore?" + key, payload.getKey(), () -> UI.getCurrent().navigate("explore", new QueryParameters(parameters)));
                assertCalm("explore?" + key, payload);
            }
            UI.getCurrent().navigate("explore", QueryParameters.simple(Map.of("table", "gold.sales", payload.getValue(), "1")));
            assertCalm("explore?<payload>=1", payload);
            UI.getCurrent().navigate("fixer", QueryParameters.simple(Map.of("q", payload.getValue())));
            assertCalm("fixer?q", payload);
        }
        assertThat(PROBLEMS).isEmpty();
        UI.getCurrent().navigate("explore", QueryParameters.fromString("table=gold.sales"));
        assertThat(GridKt._fetch(_get(Grid.class, spec -> spec.withClasses("explore-grid")), 0, 5)).isNotEmpty();
        assertThat(TableSnapshot.of(warehouse).differencesFrom(before)).isEmpty();
    }

    /** Types the payload into every visible, editable text input; returns "route: label" of each. */
    private static List<String> feed(String route, String name, String payload) {
        List<String> fed = new ArrayList<>();
        List<HasValue<?, String>> inputs = new ArrayList<>();
        _find(TextField.class).forEach(inputs::add);
        _find(TextArea.class).forEach(inputs::add);
        for (HasValue<?, String> input : inputs) {
            if (input.isReadOnly() || !((com.vaadin.flow.component.HasEnabled) input).isEnabled()) {
                continue;
            }
            String label = label(input);
            withContext(route + " " + label, name, () -> _setValue(input, payload));
            fed.add(route + ": " + label);
        }
        return fed;
    }

    /** Presses the buttons that submit what was typed, where they only read or are meant to refuse bad input. */
    private static void actOn(String route, Map.Entry<String, String> payload) throws InterruptedException {
        switch (route) {
            case "predict" -> clickIfEnabled("Score table", route, payload);
            case "jobs" -> {
                clickIfEnabled("Run", route, payload);
                UserView.awaitBackgroundQueries();
            }
            case "annotate/review-sentiment" -> {
                _find(Button.class).stream().filter(b -> b.getText().contains("positive")).findFirst()
                        .ifPresent(b -> withContext(route, payload.getKey(), () -> _click(b)));
                clickIfEnabled("Submit (Enter)", route, payload);
            }
            default -> { }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> exploreContainsFilter(Map.Entry<String, String> payload) {
        UI.getCurrent().navigate("explore", QueryParameters.fromString("table=gold.sales"));
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("Column")), "product (varchar)");
        List<String> fed = feed("explore", payload.getKey(), payload.getValue());
        clickIfEnabled("Add filter", "explore", payload);
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("explore-grid"));
        withContext("explore grid", payload.getKey(), () -> GridKt._fetch(grid, 0, 50));
        assertCalm("explore", payload);
        return fed;
    }

    @SuppressWarnings("unchecked")
    private List<String> editorRowForm(String route, Map.Entry<String, String> payload) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(route);
        Grid<Object> grid = _find(Grid.class).getFirst();
        grid.select(GridKt._get(grid, 0));
        List<String> fed = feed(route + " form", payload.getKey(), payload.getValue());
        clickIfEnabled("Apply", route, payload);
        clickIfEnabled("Discard changes", route, payload);
        assertCalm(route + " form", payload);
        return fed;
    }

    private List<String> bulkFix(Map.Entry<String, String> payload) {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("fixer");
        Button cleanUp = _find(Button.class).stream().filter(b -> b.getText().startsWith("Clean up")).findFirst().orElseThrow();
        _click(cleanUp);
        List<String> fed = new ArrayList<>();
        for (TextField replacement : _find(TextField.class, spec -> spec.withLabel(null))) {
            if (replacement.getLabel() != null && replacement.getLabel().startsWith("Replace")) {
                withContext("bulk fix", payload.getKey(), () -> _setValue(replacement, payload.getValue()));
                fed.add("fixer bulk fix: Replace");
            }
        }
        clickIfEnabled("Preview", "bulk fix", payload);
        assertCalm("fixer bulk fix", payload);
        _find(Button.class, spec -> spec.withText("Close")).forEach(com.github.mvysny.kaributesting.v10.LocatorJ::_click);
        return fed;
    }

    private List<String> chat(Map.Entry<String, String> payload) throws InterruptedException {
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("chat");
        withContext("chat", payload.getKey(), () -> MessagesKt._submit(_get(MessageInput.class), payload.getValue()));
        long deadline = System.nanoTime() + 120_000_000_000L;
        Button stop = _get(Button.class, spec -> spec.withText("Stop"));
        do {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        } while (stop.isEnabled() && System.nanoTime() < deadline);
        assertCalm("chat", payload);
        return List.of("chat: question");
    }

    private static void clickIfEnabled(String text, String route, Map.Entry<String, String> payload) {
        _find(Button.class, spec -> spec.withText(text)).stream().filter(Button::isEnabled).findFirst()
                .ifPresent(b -> withContext(route + " [" + text + "]", payload.getKey(), () -> _click(b)));
    }

    /** No error page, no generic unhandled-error notice, no internals; closes notifications for the next round. */
    private static void assertCalm(String where, Map.Entry<String, String> payload) {
        MockVaadin.clientRoundtrip(false);
        // the files tool names its local folder on purpose (in Databricks mode: the volume path)
        String shown = UserView.text().replace(payload.getValue(), "<payload>")
                .replaceAll("Files go to \\S+/volume\\.", "Files go to <its folder>.");
        withContext(where, payload.getKey(), () -> assertThat(shown.lines().filter(line -> line.contains(
                "This page could not be opened") || line.contains("Something went wrong") || line.contains("Could not navigate")))
                .as("error shown").isEmpty());
        withContext(where, payload.getKey(), () -> UserView.assertTextLeaksNothing(shown));
        NotificationsKt.clearNotifications();
    }

    /** Runs one step; a failure is collected (so one run lists every problem) and fails the test at its end. */
    private static void withContext(String where, String payload, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException | AssertionError e) {
            String problem = where + " with payload \"" + payload + "\": " + e.toString().replace(HostileCorpus.ONE_MEGABYTE, "<1 MB>");
            PROBLEMS.add(problem.length() > 600 ? problem.substring(0, 600) + "…" : problem);
        }
    }

    private static String label(HasValue<?, String> input) {
        String label = input instanceof TextField t ? t.getLabel() : ((TextArea) input).getLabel();
        if (label != null) {
            return label;
        }
        String aria = ((com.vaadin.flow.component.Component) input).getElement().getAttribute("aria-label");
        String placeholder = input instanceof TextField t ? t.getPlaceholder() : null;
        return Stream.of(aria, placeholder).filter(java.util.Objects::nonNull).findFirst().orElse("Search");
    }
}
