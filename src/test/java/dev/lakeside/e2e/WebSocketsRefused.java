package dev.lakeside.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser story run again with WebSockets refused in the page, as behind a proxy that refuses them: push must
 * then arrive over long polling, and each test checks afterwards that it did.
 */
interface WebSocketsRefused {

    /** Whether the page's push requests asked for Atmosphere's long-polling transport. */
    String LONG_POLLED = """
            return performance.getEntriesByType('resource').map(e => e.name)
                .some(n => n.includes('/VAADIN/push') && n.includes('X-Atmosphere-Transport=long-polling'));""";

    Chromium chromium();

    VaadinPage page();

    @BeforeEach
    default void refuseWebSockets() {
        chromium().refuseWebSockets();
    }

    @AfterEach
    default void pushedOverLongPolling() {
        assertThat(page().js("return typeof window.WebSocket")).as("WebSocket refused in this page").isEqualTo("undefined");
        assertThat(page().js(LONG_POLLED)).as("push requests over long polling").isEqualTo(true);
    }
}
