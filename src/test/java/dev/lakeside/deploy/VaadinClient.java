package dev.lakeside.deploy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Talks to a Vaadin app as its browser client does, behind a proxy that adds headers to every request:
 * loads the page, asks for the UI ({@code ?v-r=init}) and navigates to a route over UIDL, whose JSON
 * answer holds the components' text the browser would render. One instance is one browser session.
 */
public final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<String, String> proxyHeaders;

    public VaadinClient(int port, Map<String, String> proxyHeaders) {
        this.base = "http://localhost:" + port + "/";
        this.proxyHeaders = proxyHeaders;
    }

    public HttpResponse<String> get(String path, String requestId) throws IOException, InterruptedException {
        return http.send(request(path, requestId).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The UIDL changes of opening {@code route}: page, UI init, then the navigation event. */
    public String openRoute(String route, String requestId) throws IOException, InterruptedException {
        return openRoute(route, "", requestId);
    }

    /** The same with a query string ({@code table=gold.sales}), as a link with parameters opens it. */
    public String openRoute(String route, String query, String requestId) throws IOException, InterruptedException {
        get("", requestId);
        JsonNode init = JSON.readTree(get("?v-r=init&location=" + java.net.URLEncoder.encode(route, java.nio.charset.StandardCharsets.UTF_8)
                + "&query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), requestId).body());
        JsonNode uidl = init.path("appConfig").path("uidl");
        String navigate = JSON.writeValueAsString(Map.of(
                "csrfToken", uidl.path("Vaadin-Security-Key").asString(),
                "rpc", new Object[]{Map.of("type", "event", "node", 1, "event", "ui-navigate",
                        "data", Map.of("route", route, "query", query, "appShellTitle", "", "historyState", Map.of("idx", 0),
                                "trigger", ""))},
                "syncId", 0, "clientId", 0));
        HttpResponse<String> response = http.send(request("?v-r=uidl&v-uiId=" + init.path("appConfig").path("v-uiId").asInt(), requestId)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private HttpRequest.Builder request(String path, String requestId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        proxyHeaders.forEach(builder::header);
        return builder.header("X-Request-Id", requestId);
    }
}
