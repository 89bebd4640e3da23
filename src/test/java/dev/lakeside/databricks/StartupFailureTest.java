package dev.lakeside.databricks;

import dev.lakeside.LakesideApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A Databricks start-up without a reachable workspace stops with what is wrong and what to do. */
class StartupFailureTest {

    @Test
    void unreachableWorkspace_stopsStartupWithAClearMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Throwable failure = catchThrowable(() -> start("--lakeside.databricks.host=http://localhost:" + closedPort,
                "--lakeside.databricks.warehouse-id=wh-1", "--lakeside.databricks.token=t"));

        FailureAnalysis analysis = analyse(failure);
        assertThat(analysis.getDescription()).contains("cannot be reached").contains("localhost:" + closedPort);
        assertThat(analysis.getAction()).contains("DATABRICKS_HOST").contains("lakeside.warehouse.mode=embedded");
    }

    @Test
    void missingWarehouseId_stopsStartupNamingTheVariable() {
        Throwable failure = catchThrowable(() -> start("--lakeside.databricks.host=https://dbc-1.cloud.databricks.com",
                "--lakeside.databricks.warehouse-id=", "--lakeside.databricks.token=t"));

        assertThat(analyse(failure).getAction()).contains("DATABRICKS_WAREHOUSE_ID");
    }

    private static void start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--lakeside.warehouse.mode=databricks";
        all[1] = "--spring.main.banner-mode=off";
        System.arraycopy(args, 0, all, 2, args.length);
        new SpringApplicationBuilder(LakesideApplication.class).web(WebApplicationType.NONE).run(all).close();
    }

    private static FailureAnalysis analyse(Throwable failure) {
        assertThat(failure).isNotNull();
        FailureAnalysis analysis = new DatabricksSetupFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("a DatabricksSetupException is in the cause chain of %s", failure).isNotNull();
        return analysis;
    }
}
