package dev.lakeside.load;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TemporaryDataDir;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load driver, short: one simulated user per tool for a few seconds against the real server on a
 * random port. Proves that its protocol-level interactions really reach the tools: the annotator's
 * labels are in the warehouse, the explorer's requested rows arrive and its count is shown, the fixer's
 * edits are applied and saved, the live dashboard is pushed; and that no answer shows an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lakeside.identity.trust-forwarded-headers=true",
        "lakeside.demo.suppliers=400", "lakeside.demo.sales=5000", "lakeside.demo.sensor-readings=3000",
        "lakeside.demo.taxi-trips=2000", "lakeside.demo.reviews=300"})
@Import(ServerCpu.Registration.class)
class LoadDriverTest {

    @LocalServerPort
    int port;
    @Autowired
    Warehouse warehouse;
    @Autowired
    ServerCpu serverCpu;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
        LoadServer.stewards(registry);
    }

    @Test
    void oneUserPerTool_interactsOverVaadinsProtocol_andEveryActionReachesTheServer() throws Exception {
        LoadRun run = new LoadRun(new LoadRun.Settings("http://localhost:" + port, 4, Duration.ofSeconds(6),
                Duration.ZERO, new UserScript.Think(50, 150), Duration.ofSeconds(2),
                List.of(new FixerUser(1.0), new ExplorerUser(), new AnnotatorUser(), new LiveUser())),
                () -> LoadServer.openSessions(context)).execute();
        LoadStats stats = run.stats;

        assertThat(stats.errors()).isEmpty();
        long labelled = ((Number) warehouse.query(new SqlBuilder(warehouse.dialect())
                .sql("SELECT count(*) FROM annotations.review_sentiment WHERE annotator LIKE ").value("%@load.test").build())
                .singleValue()).longValue();
        assertThat(labelled).isPositive().isEqualTo(stats.requests("annotate.submit"));
        assertThat(stats.counter("explore.rows-received")).isGreaterThanOrEqualTo(100L * stats.requests("explore.scroll"));
        assertThat(stats.requests("explore.count (until shown)")).isPositive();
        assertThat(stats.counter("fixer.applied")).isPositive();
        assertThat(stats.counter("fixer.saved")).isPositive();
        assertThat(stats.counter("push.live")).isPositive();
        assertThat(stats.requests("heartbeat")).isPositive();
        assertThat(serverCpu.perRequest()).containsKeys("fixer.search", "explore.scroll", "annotate.submit", "live.navigate");
    }
}
