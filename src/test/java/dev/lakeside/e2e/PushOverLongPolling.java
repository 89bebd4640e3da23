package dev.lakeside.e2e;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a page's server push went over long polling, not a WebSocket (the fallback a proxy may force). */
final class PushOverLongPolling {

    /** Whether the page's push requests asked for Atmosphere's long-polling transport. */
    private static final String LONG_POLLED = """
            return performance.getEntriesByType('resource').map(e => e.name)
                .some(n => n.includes('/VAADIN/push') && n.includes('X-Atmosphere-Transport=long-polling'));""";

    private PushOverLongPolling() {
    }

    static void assertUsed(VaadinPage page) {
        assertThat(page.js("return typeof window.WebSocket")).as("WebSocket refused in this page").isEqualTo("undefined");
        assertThat(page.js(LONG_POLLED)).as("push requests over long polling").isEqualTo(true);
    }
}
