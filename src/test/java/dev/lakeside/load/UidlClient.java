package dev.lakeside.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab speaking Vaadin's UI protocol over real HTTP: loads the page, asks for the UI
 * ({@code ?v-r=init}), navigates over UIDL, opens the push WebSocket as Vaadin's client does
 * ({@code WEBSOCKET_XHR}: pushes down the socket, requests up by XHR), then sends events and
 * property changes as the browser would. Every answer is checked for what a user would see as an
 * error, and timed. Keeps the sequence numbers the server expects ({@code clientId}, {@code syncId}).
 */
final class UidlClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    /** Texts that mean the user sees a failure: Vaadin's own and Lakeside's error handler and save refusals. */
    private static final List<String> ERROR_TEXTS = List.of("Internal error", "Something went wrong",
            "Not saved", "Session expired", "Communication error", "resynchronize");

    private final HttpClient http;
    private final String base;
    private final String user;
    private final LoadStats stats;
    private final String tool;
    final UiTree tree = new UiTree();
    private final AtomicInteger syncId = new AtomicInteger(-1);
    private final LinkedBlockingQueue<String> pushed = new LinkedBlockingQueue<>(20);
    /** The last items each grid or combo box received, by node. */
    private final Map<Integer, List<JsonNode>> received = new java.util.concurrent.ConcurrentHashMap<>();
    private int clientId;
    private int promise;
    private String cookie = "";
    private String csrf;
    private int uiId;
    private WebSocket push;

    UidlClient(HttpClient http, String base, String user, String tool, LoadStats stats) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
        this.user = user;
        this.tool = tool;
        this.stats = stats;
    }

    List<JsonNode> received(int node) {
        return received.getOrDefault(node, List.of());
    }

    LoadStats stats() {
        return stats;
    }

    /** Opens {@code route} as a browser does: page, UI init, push connection, navigation. */
    void open(String route, String query) throws IOException, InterruptedException {
        HttpResponse<String> page = send("page", get(route + (query.isEmpty() ? "" : "?" + query)));
        if (page.statusCode() != 200) {
            return;
        }
        HttpResponse<String> init = send("init", get("?v-r=init&location=" + encode(route) + "&query=" + encode(query)));
        JsonNode uidl = JSON.readTree(init.body()).path("appConfig").path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asString();
        uiId = JSON.readTree(init.body()).path("appConfig").path("v-uiId").asInt();
        accept("init", uidl);
        connectPush(uidl.path("Vaadin-Push-ID").asString());
        rpc(tool + ".navigate", List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate",
                "data", Map.of("route", "/" + route, "query", query, "appShellTitle", "",
                        "historyState", Map.of("idx", 0), "trigger", ""))));
        renderSync();
    }

    /**
     * What the browser sends once the page has rendered: the combo boxes' client-side state (closed, no
     * filter). Without it a combo box's server side never sends its items.
     */
    private void renderSync() throws IOException, InterruptedException {
        List<Map<String, Object>> sync = new ArrayList<>();
        for (UiTree.Node box : tree.findAll("vaadin-combo-box", n -> true)) {
            for (String event : List.of("value-changed", "opened-changed", "filter-changed")) {
                sync.add(Map.of("type", "event", "node", box.id, "event", event, "data", Map.of()));
            }
            sync.add(Map.of("type", "mSync", "node", box.id, "feature", 1, "property", "opened", "value", false));
            sync.add(Map.of("type", "mSync", "node", box.id, "feature", 1, "property", "filter", "value", ""));
        }
        if (!sync.isEmpty()) {
            rpc(tool + ".render-sync", sync);
        }
    }

    /** Sends one UIDL request with these invocations; confirms grid updates the answer announces. */
    JsonNode rpc(String interaction, List<Map<String, Object>> invocations) throws IOException, InterruptedException {
        JsonNode answer = post(interaction, invocations);
        for (JsonNode call : answer.path("execute")) {
            JsonNode last = call.path(call.size() - 1);
            String script = last.isString() ? last.asString() : "";
            int node = call.path(0).path("@v-node").asInt();
            // A grid confirms every update; a combo box only updates that brought it items, as the browser does.
            if (script.equals("return $0.$connector.confirm($1)")
                    || script.equals("return $0.$connector.confirm($1,$2)") && !Grids.items(answer, node).isEmpty()) {
                post("grid.confirm", List.of(Rpc.published(node, "confirmUpdate", List.of(call.path(1).asInt()))));
            }
        }
        return answer;
    }

    private JsonNode post(String interaction, List<Map<String, Object>> invocations) throws IOException, InterruptedException {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("csrfToken", csrf);
        message.put("rpc", invocations);
        message.put("syncId", syncId.get());
        message.put("clientId", clientId);
        HttpRequest request = request("?v-r=uidl&v-uiId=" + uiId, interaction)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))).build();
        HttpResponse<String> response = send(interaction, request);
        if (response.statusCode() != 200) {
            return JSON.createObjectNode();
        }
        JsonNode answer = JSON.readTree(response.body());
        clientId = answer.path("clientId").asInt(clientId + 1);
        accept(interaction, answer);
        checkText(interaction, response.body());
        for (JsonNode call : answer.path("execute")) {
            int node = call.path(0).path("@v-node").asInt(-1);
            List<JsonNode> items = Grids.items(answer, node);
            if (!items.isEmpty()) {
                received.put(node, items);
            }
        }
        return answer;
    }

    /** Tells the server the tab is still open, as Vaadin's client does every heartbeat interval. */
    void heartbeat() throws IOException, InterruptedException {
        send("heartbeat", request("?v-r=heartbeat&v-uiId=" + uiId, "heartbeat")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Waits for a pushed message that matches, such as a finished background count. */
    String awaitPush(Predicate<String> matches, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String message; (message = pushed.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null; ) {
            if (matches.test(message)) {
                return message;
            }
        }
        return null;
    }

    void forgetPushes() {
        pushed.clear();
    }

    private void accept(String interaction, JsonNode message) {
        JsonNode meta = message.path("meta");
        if (meta.has("appError") || meta.path("sessionExpired").asBoolean(false) || message.has("resynchronize")
                || meta.has("resynchronize")) {
            stats.error(interaction, "meta " + meta);
        }
        if (message.has("syncId")) {
            syncId.accumulateAndGet(message.path("syncId").asInt(), Math::max);
        }
        if (message.has("changes")) {
            tree.apply(message.path("changes"));
        }
    }

    private void checkText(String interaction, String body) {
        for (String text : ERROR_TEXTS) {
            if (body.contains(text)) {
                stats.error(interaction, "shows \"" + text + "\": " + body);
            }
        }
    }

    private HttpResponse<String> send(String interaction, HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            stats.error(interaction, "I/O " + e);
            throw e;
        }
        stats.latency(interaction, System.nanoTime() - start);
        response.headers().allValues("Set-Cookie").forEach(c -> {
            Matcher m = SESSION_COOKIE.matcher(c);
            if (m.find()) {
                cookie = "JSESSIONID=" + m.group(1);
            }
        });
        if (response.statusCode() != 200) {
            stats.error(interaction, "HTTP " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private HttpRequest get(String path) {
        return request(path, tool + ".open").GET().build();
    }

    private HttpRequest.Builder request(String path, String interaction) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-Email", user).header("X-Load-Interaction", interaction);
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder;
    }

    private void connectPush(String pushId) {
        URI uri = URI.create(base.replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                + "&X-Vaadin-LastSeenServerSyncId=" + syncId.get());
        try {
            push = http.newWebSocketBuilder().header("Cookie", cookie).header("X-Forwarded-Email", user)
                    .connectTimeout(Duration.ofSeconds(20)).buildAsync(uri, new AtmosphereFrames(this::pushed,
                            error -> stats.error(tool + ".push", "push socket error: " + error))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            stats.error(tool + ".push", "push connection failed: " + e);
        }
    }

    private void pushed(String message) {
        stats.count("push." + tool);
        accept(tool + ".push", JSON.readTree(message));
        checkText(tool + ".push", message);
        pushed.offer(message);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (push != null) {
            push.abort();
        }
    }
}
