package dev.lakeside.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The live dashboard's story with WebSockets refused: updates still arrive, pushed over long polling. */
class LiveOverLongPollingE2ETest extends LiveE2ETest {

    @BeforeEach
    void refuseWebSockets() {
        chromium.refuseWebSockets();
    }

    @AfterEach
    void pushedOverLongPolling() {
        PushOverLongPolling.assertUsed(page);
    }
}
