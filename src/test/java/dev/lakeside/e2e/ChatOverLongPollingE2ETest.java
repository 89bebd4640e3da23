package dev.lakeside.e2e;

/** The chat's story with WebSockets refused: the answer still streams in, pushed over long polling. */
class ChatOverLongPollingE2ETest extends ChatE2ETest implements WebSocketsRefused {
}
