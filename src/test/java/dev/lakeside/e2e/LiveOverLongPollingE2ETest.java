package dev.lakeside.e2e;

/** The live dashboard's story with WebSockets refused: updates still arrive, pushed over long polling. */
class LiveOverLongPollingE2ETest extends LiveE2ETest implements WebSocketsRefused {
}
