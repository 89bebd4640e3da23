package dev.lakeside.jobs;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.lakeside.databricks.DatabricksFake;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Jobs API 2.2 calls databricks-sdk-java makes for the Jobs tool, against a fake of the documented
 * endpoints: always the service principal's token (even in identity mode user: jobs have no user scope),
 * run-now's body shape, run states mapped to the tool's three states and results.
 */
class DatabricksJobsContractTest {

    private static final String RUN_PAGE = "https://adb-1.azuredatabricks.net/#job/123/run/4242";

    private final DatabricksFake fake = new DatabricksFake();
    private final UserIdentity alice = new UserIdentity("alice", "alice@x.com", "Alice", "token-alice",
            UserIdentity.Source.FORWARDED_HEADERS);
    private final DatabricksJobs jobs = new DatabricksJobs(fake.workspaceClients(IdentityMode.USER, () -> alice));
    private final JobsProperties.Job job = new JobsProperties.Job("Refresh gold tables", null, "123",
            Map.of("region", "", "since", "2024-01-01"), new JobsProperties.Local("gold.sales", "gold.sales_by_region"));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void runNow_sendsJobIdAndJobParameters_asTheServicePrincipal_evenInUserMode() {
        fake.server().stubFor(post(urlPathEqualTo("/api/2.2/jobs/run-now"))
                .willReturn(okJson("{\"run_id\":4242,\"number_in_job\":7}")));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("region", "North'; DROP TABLE x;--");
        parameters.put("since", "2025-01-01");

        assertThat(jobs.start("refresh-gold", job, parameters)).isEqualTo("4242");

        LoggedRequest runNow = fake.requests("POST", "/api/2.2/jobs/run-now").getFirst();
        assertThat(runNow.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
        assertThat(runNow.getBodyAsString()).isEqualToIgnoringWhitespace("{\"job_id\":123,\"job_parameters\":"
                + "{\"region\":\"North'; DROP TABLE x;--\",\"since\":\"2025-01-01\"}}");
        assertThat(fake.all()).noneMatch(r -> "Bearer token-alice".equals(r.getHeader("Authorization")));
    }

    @Test
    void getRun_followsTheRunFromPendingToSuccess_withStartTimeDurationAndRunPage() {
        stubRun(Scenario.STARTED, "{\"life_cycle_state\":\"QUEUED\",\"state_message\":\"Waiting for a cluster\"}", 0, 0, "running");
        stubRun("running", "{\"life_cycle_state\":\"RUNNING\"}", 1_732_400_000_000L, 0, "done");
        stubRun("done", "{\"life_cycle_state\":\"TERMINATED\",\"result_state\":\"SUCCESS\",\"state_message\":\"\"}",
                1_732_400_000_000L, 95_000, "done");

        RunStatus queued = jobs.status("4242");
        RunStatus running = jobs.status("4242");
        RunStatus done = jobs.status("4242");

        assertThat(queued.state()).isEqualTo(RunState.PENDING);
        assertThat(queued.message()).isEqualTo("Waiting for a cluster");
        assertThat(queued.startTime()).isNull();
        assertThat(running.state()).isEqualTo(RunState.RUNNING);
        assertThat(running.result()).isNull();
        assertThat(running.startTime()).isEqualTo(Instant.ofEpochMilli(1_732_400_000_000L));
        assertThat(done.state()).isEqualTo(RunState.TERMINATED);
        assertThat(done.result()).isEqualTo(RunResult.SUCCESS);
        assertThat(done.duration().toSeconds()).isEqualTo(95);
        assertThat(done.runPageUrl()).isEqualTo(RUN_PAGE);
        List<LoggedRequest> gets = fake.requests("GET", "/api/2.2/jobs/runs/get.*");
        assertThat(gets).hasSize(3).allSatisfy(r -> {
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
            assertThat(r.queryParameter("run_id").firstValue()).isEqualTo("4242");
        });
    }

    @Test
    void cancel_postsTheRunId_andTheCancelledRunEndsCancelled() {
        fake.server().stubFor(post(urlPathEqualTo("/api/2.2/jobs/runs/cancel")).willReturn(okJson("{}")));
        stubRun(Scenario.STARTED, "{\"life_cycle_state\":\"TERMINATED\",\"result_state\":\"CANCELED\","
                + "\"state_message\":\"Run cancelled by the app\"}", 1_732_400_000_000L, 4_000, Scenario.STARTED);

        jobs.cancel("4242");
        RunStatus status = jobs.status("4242");

        LoggedRequest cancel = fake.requests("POST", "/api/2.2/jobs/runs/cancel").getFirst();
        assertThat(cancel.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN);
        assertThat(cancel.getBodyAsString()).isEqualToIgnoringWhitespace("{\"run_id\":4242}");
        assertThat(status.result()).isEqualTo(RunResult.CANCELLED);
        assertThat(status.message()).isEqualTo("Run cancelled by the app");
    }

    @Test
    void failedRun_endsFailed_andAJobWithoutJobIdIsRefusedBeforeAnyCall() {
        stubRun(Scenario.STARTED, "{\"life_cycle_state\":\"INTERNAL_ERROR\",\"state_message\":\"Cluster failed\"}",
                1_732_400_000_000L, 1_000, Scenario.STARTED);
        assertThat(jobs.status("4242").result()).isEqualTo(RunResult.FAILED);

        JobsProperties.Job unset = new JobsProperties.Job("t", null, "", Map.of(), new JobsProperties.Local("a.b", "c.d"));
        assertThatThrownBy(() -> jobs.start("refresh-gold", unset, Map.of()))
                .hasMessageContaining("lakeside.jobs.refresh-gold.job-id");
        assertThat(fake.requests("POST", "/api/2.2/jobs/run-now")).isEmpty();
    }

    private void stubRun(String state, String runState, long startTime, long runDuration, String next) {
        fake.server().stubFor(get(urlPathEqualTo("/api/2.2/jobs/runs/get")).withQueryParam("run_id", equalTo("4242"))
                .inScenario("run").whenScenarioStateIs(state).willSetStateTo(next)
                .willReturn(okJson("{\"run_id\":4242,\"job_id\":123,\"state\":" + runState + ",\"start_time\":"
                        + startTime + ",\"run_duration\":" + runDuration + ",\"run_page_url\":\"" + RUN_PAGE + "\"}")));
    }
}
