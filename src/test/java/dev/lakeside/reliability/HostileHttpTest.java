package dev.lakeside.reliability;

import dev.lakeside.deploy.VaadinClient;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.TemporaryDataDir;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile corpus against the real server on a random port, as a browser or script sends it:
 * in the query parameters of the taxi JSON service, in route path parameters and explorer links
 * opened over Vaadin's own protocol; and forged proxy identity headers while those are not trusted.
 * Every answer is a clean status (no 5xx), holds no stack trace, SQL or file path, and no table changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lakeside.identity.trust-forwarded-headers=false",
        "lakeside.demo.suppliers=400", "lakeside.demo.sales=2000", "lakeside.demo.sensor-readings=3000",
        "lakeside.demo.taxi-trips=2000", "lakeside.demo.reviews=200",
        "lakeside.live.simulator.enabled=false", "lakeside.live.pipeline.enabled=false"})
class HostileHttpTest {

    private static final Pattern LEAK = Pattern.compile("\\bat [a-z]+\\.[a-zA-Z.$]+\\(|[A-Z][A-Za-z]+Exception\\b"
            + "|\\bSELECT\\b[^\"]*\\bFROM\\b|/work/|/tmp/|\\.duckdb|org\\.duckdb|dev\\.lakeside\\.[a-z.]+\\.[A-Z]");

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
    }

    @Test
    void taxiServiceQueryParameters_takeTheCorpus_answer400WithoutInternals() throws Exception {
        TableSnapshot before = TableSnapshot.of(warehouse);
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        List<String> problems = new ArrayList<>();
        Map<String, String> valid = Map.of("date", "2026-05-01", "days", "2", "cell", "0.01", "metric", "fare");
        for (Map.Entry<String, String> payload : HostileCorpus.all().entrySet()) {
            for (String parameter : valid.keySet()) {
                StringBuilder query = new StringBuilder("api/taxi/pickup-density?");
                valid.forEach((name, value) -> query.append(name).append('=')
                        .append(encode(name.equals(parameter) ? payload.getValue() : value)).append('&'));
                HttpResponse<String> response = get(client, query.toString());
                check(problems, parameter + " = " + payload.getKey(), response);
                if (response.statusCode() == 200 && !payload.getKey().equals("not a number")) {
                    problems.add(parameter + " = " + payload.getKey() + ": accepted with 200");
                }
            }
            check(problems, "unknown path " + payload.getKey(),
                    get(client, "api/taxi/" + encode(payload.getValue())));
        }
        assertThat(problems).isEmpty();
        assertThat(get(client, "api/taxi/pickup-density?date=2026-05-01").statusCode()).isEqualTo(200);
        assertThat(TableSnapshot.of(warehouse).differencesFrom(before)).isEmpty();
    }

    @Test
    void routePathParametersAndExplorerLinks_takeTheCorpus_overVaadinsProtocol_withoutInternals() throws Exception {
        TableSnapshot before = TableSnapshot.of(warehouse);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> payload : HostileCorpus.small().entrySet()) {
            for (String route : List.of("edit/" + payload.getValue(), "annotate/" + payload.getValue(),
                    "explore?table=" + encode(payload.getValue()), "explore?table=gold.sales&sort=" + encode(payload.getValue()),
                    "fixer?q=" + encode(payload.getValue()))) {
                VaadinClient client = new VaadinClient(port, Map.of());
                String uidl;
                try {
                    int q = route.indexOf('?');
                    uidl = q < 0 ? client.openRoute(route, "hostile-route")
                            : client.openRoute(route.substring(0, q), route.substring(q + 1), "hostile-route");
                } catch (Exception e) {
                    problems.add(route + ": " + e);
                    continue;
                }
                // dev mode names each component's Java class for the dev tools ("jc"); production mode does not
                uidl = uidl.replaceAll("\"key\":\"jc\",\"feat\":0,\"value\":\"[^\"]*\"", "");
                if (LEAK.matcher(uidl).find()) {
                    java.util.regex.Matcher m = LEAK.matcher(uidl);
                    m.find();
                    problems.add(payload.getKey() + " in " + route.substring(0, Math.min(route.length(), 20))
                            + ": leaks " + uidl.substring(Math.max(0, m.start() - 80), Math.min(uidl.length(), m.end() + 80)));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(new VaadinClient(port, Map.of()).openRoute("fixer", "after")).contains("Supplier Fixer");
        assertThat(TableSnapshot.of(warehouse).differencesFrom(before)).isEmpty();
    }

    @Test
    void forgedProxyHeaders_whenUntrusted_userStaysLocal_andTheValuesAppearNowhere() throws Exception {
        Map<String, String> forged = Map.of(
                "X-Forwarded-Email", "mallory@evil.example",
                "X-Forwarded-User", "mallory-user-7d1f",
                "X-Forwarded-Preferred-Username", "mallory-preferred",
                "X-Forwarded-Access-Token", "forged-token-9f8e7d");
        VaadinClient client = new VaadinClient(port, forged);

        String home = client.openRoute("", "forged");
        String page = client.get("", "forged").body();
        String api = client.get("api/taxi/pickup-density?date=2026-05-01", "forged").body();
        String problem = client.get("api/taxi/pickup-density?date=nope", "forged").body();

        assertThat(home).contains("Local Developer", "local.developer@lakeside.dev (local user)");
        for (String everything : List.of(home, page, api, problem)) {
            String lower = everything.toLowerCase(Locale.ROOT);
            assertThat(lower).doesNotContain("mallory", "evil.example", "forged-token");
        }
    }

    private HttpResponse<String> get(java.net.http.HttpClient client, String path) throws Exception {
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/" + path))
                .timeout(java.time.Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(List<String> problems, String what, HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            problems.add(what + ": status " + response.statusCode());
        }
        java.util.regex.Matcher leak = LEAK.matcher(response.body());
        if (leak.find()) {
            problems.add(what + ": leaks " + response.body().substring(Math.max(0, leak.start() - 80),
                    Math.min(response.body().length(), leak.end() + 80)));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
