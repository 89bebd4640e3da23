package dev.lakeside.databricks;

import dev.lakeside.LakesideApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Missing Databricks settings stop the start with what is wrong and what to do; an unreachable workspace does
 * not: the app starts, and readiness and the banner say why it cannot work (platform practice: no external
 * calls decide the start).
 */
class StartupFailureTest {

    @Test
    void unreachableWorkspace_startsAnyway_andReadinessSaysWhy() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        try (ConfigurableApplicationContext context = start("--lakeside.databricks.host=http://localhost:" + closedPort,
                "--lakeside.databricks.warehouse-id=wh-1", "--lakeside.databricks.token=t")) {
            HttpResponse<String> readiness = get(context, "/actuator/health/readiness");
            HttpResponse<String> liveness = get(context, "/actuator/health/liveness");

            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"problem\":\"The Databricks workspace http://localhost:" + closedPort
                    + " cannot be reached (the connection was refused). Check DATABRICKS_HOST");
            assertThat(context.getBean(WorkspaceNotice.class).problem()).hasValueSatisfying(text ->
                    assertThat(text).startsWith("Lakeside cannot use Databricks right now.").contains("cannot be reached"));
        }
    }

    @Test
    void missingWarehouseId_stopsStartupNamingTheVariable() {
        Throwable failure = catchThrowable(() -> start("--lakeside.databricks.host=https://dbc-1.cloud.databricks.com",
                "--lakeside.databricks.warehouse-id=", "--lakeside.databricks.token=t").close());

        assertThat(analyse(failure).getAction()).contains("DATABRICKS_WAREHOUSE_ID");
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lakeside.warehouse.mode=databricks";
        all[1] = "--server.port=0";
        System.arraycopy(args, 0, all, 2, args.length);
        return new SpringApplicationBuilder(LakesideApplication.class).web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off").run(all);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static FailureAnalysis analyse(Throwable failure) {
        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new DatabricksSetupFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("a DatabricksSetupException is in the cause chain of %s", failure).isNotNull();
        return analysis;
    }
}
