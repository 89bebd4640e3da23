package dev.lakeside.load;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Reads Vaadin's push WebSocket: Atmosphere sends {@code <length>|<message>} frames (TrackMessageSize),
 * possibly split over or packed into WebSocket frames. Hands on each JSON message; the handshake and
 * Atmosphere's heartbeat padding are not JSON and are skipped.
 */
final class AtmosphereFrames implements WebSocket.Listener {

    private final StringBuilder buffer = new StringBuilder();
    private final Consumer<String> onMessage;
    private final Consumer<Throwable> onError;

    AtmosphereFrames(Consumer<String> onMessage, Consumer<Throwable> onError) {
        this.onMessage = onMessage;
        this.onError = onError;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        buffer.append(data);
        for (int bar; (bar = buffer.indexOf("|")) > 0; ) {
            int length = Integer.parseInt(buffer.substring(0, bar).strip());
            if (buffer.length() < bar + 1 + length) {
                break;
            }
            String message = buffer.substring(bar + 1, bar + 1 + length);
            buffer.delete(0, bar + 1 + length);
            if (message.startsWith("{")) {
                onMessage.accept(message);
            }
        }
        socket.request(1);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        onError.accept(error);
    }
}
