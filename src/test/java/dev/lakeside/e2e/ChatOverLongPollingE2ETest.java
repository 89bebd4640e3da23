package dev.lakeside.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The chat's story with WebSockets refused: the answer still streams in, pushed over long polling. */
class ChatOverLongPollingE2ETest extends ChatE2ETest {

    @BeforeEach
    void refuseWebSockets() {
        chromium.refuseWebSockets();
    }

    @AfterEach
    void pushedOverLongPolling() {
        PushOverLongPolling.assertUsed(page);
    }
}
