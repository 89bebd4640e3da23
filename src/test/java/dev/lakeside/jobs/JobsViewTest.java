package dev.lakeside.jobs;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.lakeside.audit.AuditRecord;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Jobs tool in local mode, driven like a user: run the gold refresh with parameters and see
 * it finish and the summary change; cancel a run of a job whose source takes minutes to sum.
 */
@TestPropertySource(properties = {
        "lakeside.job-poll-interval=50ms",
        "lakeside.jobs.slow-refresh.title=Slow refresh",
        "lakeside.jobs.slow-refresh.parameters.region=",
        "lakeside.jobs.slow-refresh.local.source-table=slow.sales",
        "lakeside.jobs.slow-refresh.local.target-table=gold.sales_by_region"})
class JobsViewTest extends KaribuSpringTest {

    @Autowired
    Warehouse warehouse;
    @Autowired
    AuditTrail audit;

    @Test
    void runWithRegionAndSince_reachesSuccess_andRewritesThatRegionsSummary() {
        runJob("refresh-gold", "North", "2024-01-01");
        awaitLatest("TERMINATED · SUCCESS");
        // A stale row the next run must replace, and another region's row it must leave alone.
        sql("UPDATE gold.sales_by_region SET orders = -1 WHERE region IN ('North', 'South')");
        sql("INSERT INTO gold.sales_by_region VALUES ('South', DATE '2025-03-01', -7, 0, 0, NULL, 'manual')");

        String runId = runJob("refresh-gold", "North", "2025-01-01");
        awaitLatest("TERMINATED · SUCCESS");

        List<String> expected = rows("SELECT date_trunc('month', order_date)::DATE AS m, count(*), sum(units), sum(revenue)"
                + " FROM gold.sales WHERE region = 'North' AND order_date >= DATE '2025-01-01' GROUP BY 1 ORDER BY 1");
        assertThat(rows("SELECT month, orders, units, revenue FROM gold.sales_by_region WHERE region = 'North'"
                + " AND month >= DATE '2025-01-01' ORDER BY 1")).isNotEmpty().isEqualTo(expected);
        assertThat(rows("SELECT DISTINCT run_id FROM gold.sales_by_region WHERE region = 'North' AND month >= DATE '2025-01-01'"))
                .containsExactly(runId);
        assertThat(rows("SELECT count(*) FROM gold.sales_by_region WHERE region = 'North' AND orders = -1"
                + " AND month < DATE '2025-01-01'")).containsExactly(rows("SELECT count(DISTINCT date_trunc('month', order_date))"
                + " FROM gold.sales WHERE region = 'North' AND order_date >= DATE '2024-01-01'"
                + " AND order_date < DATE '2025-01-01'").getFirst());
        assertThat(rows("SELECT orders FROM gold.sales_by_region WHERE run_id = 'manual'")).containsExactly("-7");
        assertThat(latest()).contains(expected.size() + " rows written to gold.sales_by_region");
        assertThat(audit.history("jobs", runId, 10)).extracting(r -> r.entry().column() + "=" + r.entry().newValue())
                .contains("run=refresh-gold {region=North, since=2025-01-01}",
                        "result=SUCCESS: " + expected.size() + " rows written to gold.sales_by_region");
        assertThat(audit.history("jobs", runId, 10)).extracting(r -> r.entry().userId())
                .containsOnly("local.developer@lakeside.dev");
    }

    @Test
    void cancelWhileRunning_reachesCancelled_andLeavesTheSummaryAsItWas() {
        runJob("refresh-gold", "", "2024-01-01");
        awaitLatest("TERMINATED · SUCCESS");
        List<String> before = rows("SELECT * FROM gold.sales_by_region ORDER BY ALL");
        // 40 billion rows: the sum runs for many minutes unless its statement is really stopped.
        sql("CREATE SCHEMA IF NOT EXISTS slow");
        sql("CREATE OR REPLACE VIEW slow.sales AS SELECT DATE '2025-01-01' + (a.range % 28)::INTEGER AS order_date,"
                + " 'West' AS region, (b.range % 7)::INTEGER AS units, (a.range * b.range % 100)::DECIMAL(12,2) AS revenue"
                + " FROM range(200000) a, range(200000) b");

        String runId = runJob("slow-refresh", "", null);
        awaitLatest("RUNNING");
        _click(_get(Button.class, spec -> spec.withText("Cancel run")));
        awaitLatest("TERMINATED · CANCELLED");

        assertThat(rows("SELECT * FROM gold.sales_by_region ORDER BY ALL")).isEqualTo(before);
        assertThat(_get(Button.class, spec -> spec.withText("Cancel run")).isEnabled()).isFalse();
        assertThat(audit.history("jobs", runId, 10)).extracting(AuditRecord::entry)
                .extracting(e -> e.column() + "=" + e.newValue())
                .contains("cancel=requested", "result=CANCELLED: Cancelled; nothing was written");
    }

    @Test
    void sinceThatIsNotADate_isRefused_andNoRunStarts() {
        UI.getCurrent().navigate(JobsView.class);
        int runs = context.getBean(JobsService.class).history().size();
        JobCard card = card("refresh-gold");
        _setValue(_get(card, TextField.class, spec -> spec.withLabel("since")), "yesterday'; DROP TABLE gold.sales;--");
        _click(_get(card, Button.class, spec -> spec.withText("Run")));

        NotificationsKt.expectNotifications("\"since\" must be a date like 2025-01-01.");
        assertThat(context.getBean(JobsService.class).history()).hasSize(runs);
        assertThat(rows("SELECT count(*) > 0 FROM gold.sales")).containsExactly("true");
    }

    private String runJob(String job, String region, String since) {
        UI.getCurrent().navigate(JobsView.class);
        JobCard card = card(job);
        _setValue(_get(card, TextField.class, spec -> spec.withLabel("region")), region);
        if (since != null) {
            _setValue(_get(card, TextField.class, spec -> spec.withLabel("since")), since);
        }
        _click(_get(card, Button.class, spec -> spec.withText("Run")));
        String text = latest();
        return text.substring(text.indexOf('(') + 1, text.indexOf(')'));
    }

    private JobCard card(String job) {
        return _get(JobCard.class, spec -> spec.withAttribute("data-job", job));
    }

    private String latest() {
        HorizontalLayout latest = _get(HorizontalLayout.class, spec -> spec.withClasses("job-latest"));
        return _get(latest, Span.class, spec -> spec.withClasses("run-state")).getText()
                + " " + _get(latest, Span.class, spec -> spec.withClasses("run-details")).getText();
    }

    /** Waits for pushed updates (the poller runs every 50 ms); the bound only keeps a broken run from hanging. */
    private void awaitLatest(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!latest().contains(text)) {
            if (System.nanoTime() > deadline) {
                fail("The latest run never showed \"" + text + "\"; it shows: " + latest());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            MockVaadin.clientRoundtrip(false);
        }
    }

    private void sql(String trusted) {
        warehouse.update(new SqlBuilder(warehouse.dialect()).sql(trusted).build());
    }

    private List<String> rows(String trusted) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql(trusted).build()).rows().stream()
                .map(r -> String.join("|", r.values().stream().map(String::valueOf).toList())).toList();
    }
}
