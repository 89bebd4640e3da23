package dev.lakeside.reliability;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees in the current UI (page text and notifications), and the checks that it leaks nothing. */
final class UserView {

    /** Text that only internals contain: stack frames, exception class names, SQL, file paths. */
    private static final Pattern LEAK = Pattern.compile(
            "\\bat [a-z]+\\.[a-zA-Z.$]+\\(|[A-Za-z]+(Exception|Error):|\\bSELECT\\b.*\\bFROM\\b|\\bINSERT INTO\\b|\\bMERGE INTO\\b"
                    + "|\\bUPDATE\\b.*\\bSET\\b|/var/lib/|/work/|/tmp/|\\.duckdb|secret-dir|java\\.[a-z]+\\.|org\\.duckdb|dev\\.lakeside\\.[a-z.]+\\.[A-Z]");

    private UserView() {
    }

    static List<String> notifications() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /** The page as Karibu prints it (texts, labels, titles, values) plus the notifications. */
    static String text() {
        return Stream.concat(Stream.of(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())), notifications().stream())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    static void assertNothingLeaks(String... alsoForbidden) {
        assertTextLeaksNothing(text(), alsoForbidden);
    }

    static void assertTextLeaksNothing(String shown, String... alsoForbidden) {
        List<String> leaks = shown.lines().filter(line -> LEAK.matcher(line).find()).toList();
        assertThat(leaks).as("internals shown to the user").isEmpty();
        for (String forbidden : alsoForbidden) {
            assertThat(shown).as("shown to the user").doesNotContain(forbidden);
        }
    }

    /** Waits (without a time assertion) until no Cancel button of a running background query is left. */
    static void awaitBackgroundQueries() throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        do {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        } while (!_find(Button.class, spec -> spec.withText("Cancel")).isEmpty() && System.nanoTime() < deadline);
        MockVaadin.clientRoundtrip(false);
    }
}
