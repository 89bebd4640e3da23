package dev.lakeside.reliability;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.lakeside.predict.Predictor;
import dev.lakeside.reliability.FaultyWarehouse.Fault;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools against the real embedded warehouse with faults injected underneath: each time the app
 * stays up, the user reads a sentence instead of internals, nothing is half-written, and once the
 * fault is gone the next request works. The live simulator and pipeline are off so that the tables
 * only change when a test writes.
 */
@TestPropertySource(properties = {
        "lakeside.warehouse.statement-timeout=3s",
        "lakeside.live.simulator.enabled=false",
        "lakeside.live.pipeline.enabled=false"})
@Import(FaultyWarehouse.Config.class)
class WarehouseFaultTest extends KaribuSpringTest {

    private static final TableName ASSIGNMENTS = new TableName("lakeside_meta", "annotation_assignments");
    private static final TableName CUSTOMERS = new TableName("gold", "customers");

    @Autowired
    FaultyWarehouse warehouse;
    @Autowired
    Predictor predictor;

    @AfterEach
    void heal() {
        warehouse.heal();
    }

    @Test
    void slowWarehouse_explorerQueryStoppedByTheStatementTimeout_userToldWhy_nextQueryWorks() throws InterruptedException {
        openExplorer("table=gold.sales&in.region=North");
        warehouse.inject(Fault.SLOW);
        _click(_get(Button.class, spec -> spec.withText("Count rows")));
        UserView.awaitBackgroundQueries();

        assertThat(warehouse.injected()).isPositive();
        assertThat(UserView.text()).contains("The query took too long and was stopped.");
        UserView.assertNothingLeaks(FaultyWarehouse.SECRET_PATH);

        warehouse.heal();
        NotificationsKt.clearNotifications();
        openExplorer("table=gold.sales&in.region=South");
        _click(_get(Button.class, spec -> spec.withText("Count rows")));
        UserView.awaitBackgroundQueries();
        assertThat(UserView.text()).contains("matching rows").doesNotContain("took too long");
        assertThat(GridKt._fetch(explorerGrid(), 0, 10)).isNotEmpty();
    }

    @Test
    void slowWarehouse_whileOpeningTheExplorer_pageSaysWhyWithoutInternals_reopeningWorks() {
        warehouse.inject(Fault.SLOW);
        openExplorer("table=gold.sales");

        assertThat(warehouse.injected()).isPositive();
        assertThat(UserView.text()).contains("This page could not be opened", "The query took too long and was stopped.");
        UserView.assertNothingLeaks(FaultyWarehouse.SECRET_PATH);

        warehouse.heal();
        UI.getCurrent().navigate("");
        openExplorer("table=gold.sales");
        assertThat(GridKt._fetch(explorerGrid(), 0, 10)).isNotEmpty();
    }

    @Test
    void warehouseDown_fixerSaysItIsUnreachable_thenWorksWhenItIsBack() {
        warehouse.inject(Fault.DOWN);
        UI.getCurrent().navigate("fixer");

        assertThat(warehouse.injected()).isPositive();
        assertThat(UserView.text()).contains("The warehouse is not reachable right now.");
        UserView.assertNothingLeaks(FaultyWarehouse.SECRET_PATH);

        warehouse.heal();
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("fixer");
        assertThat(GridKt._size(editorGrid())).isPositive();
    }

    @Test
    void auditWriteFailsAfterTheMerge_fixerSaveRolledBackWhole_saysNothingWasWritten_retryWorks() {
        assertSaveFailsCleanly(Fault.SECOND_WRITE_FAILS);
    }

    @Test
    void diskFullOnTheDatabaseFile_fixerSaveWritesNothing_pathNotShown_retryWorks() {
        assertSaveFailsCleanly(Fault.DISK_FULL);
    }

    /**
     * Opening the page claims the item shown and, on a virtual thread, the next one (prefetch): the
     * snapshots are taken once that background claim has landed, or a busy machine lets it commit
     * between them. Leaving at the end gives both leases back before the next test snapshots.
     */
    @Test
    void assignmentWriteFailsAfterTheLabelInsert_labelRolledBack_retryAfterRecoverySavesIt() throws InterruptedException {
        UI.getCurrent().navigate("annotate/review-sentiment");
        awaitLeases(2);
        TableSnapshot before = TableSnapshot.of(warehouse);
        warehouse.failWritesTo(ASSIGNMENTS);

        _click(_find(Button.class).stream().filter(b -> b.getText().contains("negative")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Submit (Enter)")));

        assertThat(warehouse.injected()).isPositive();
        assertThat(TableSnapshot.of(warehouse).differencesFrom(before)).isEmpty();
        assertThat(saveStatus()).contains("Not saved");
        UserView.assertNothingLeaks(FaultyWarehouse.SECRET_PATH);

        warehouse.heal();
        _click(_get(Button.class, spec -> spec.withText("Retry now")));
        assertThat(saveStatus()).isEqualTo("Saved.");
        assertThat(TableSnapshot.of(warehouse)).isNotEqualTo(before);

        awaitLeases(2);
        UI.getCurrent().navigate("");
        awaitLeases(0);
    }

    /**
     * Waits (without a time assertion) until the page's leases on the demo task number {@code count}:
     * the end of its background claims or give-backs, which no other test in this context makes.
     */
    private void awaitLeases(long count) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (leases() != count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(leases()).as("leases held on review-sentiment").isEqualTo(count);
    }

    private long leases() {
        return ((Number) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ").table(ASSIGNMENTS)
                .sql(" WHERE task_id = ").value("review-sentiment").sql(" AND state = 'leased'").build())
                .singleValue()).longValue();
    }

    @Test
    void connectionDropsWhileABatchReadsItsSource_batchStopsWithAMessage_noTableWritten_nextRunWritesIt() throws Exception {
        predictor.whenReady().get(60, TimeUnit.SECONDS);
        UI.getCurrent().navigate("predict");
        TableSnapshot before = TableSnapshot.of(warehouse);
        String name = "after_drop_" + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("New table name")), name);
        warehouse.dropConnectionOn(CUSTOMERS, 2);

        String failed = scoreTable();

        assertThat(warehouse.injected()).isPositive();
        assertThat(failed).isEqualTo("The warehouse is not reachable right now. Try again in a moment.");
        UserView.assertNothingLeaks(FaultyWarehouse.SECRET_PATH);

        warehouse.heal();
        assertThat(TableSnapshot.of(warehouse).differencesFrom(before)).isEmpty();
        assertThat(scoreTable()).startsWith("Wrote 20,000 rows to predictions." + name);
        assertThat(TableSnapshot.of(warehouse).tables()).containsKey("predictions." + name);
    }

    /** Clicks "Score table" and waits (without a time assertion) until the batch is no longer running. */
    private static String scoreTable() throws InterruptedException {
        _click(_get(Button.class, spec -> spec.withText("Score table")));
        Span status = _get(Span.class, spec -> spec.withClasses("predict-batch-status"));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (status.getText().endsWith("…") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            MockVaadin.clientRoundtrip(false);
        }
        return status.getText();
    }

    private void assertSaveFailsCleanly(Fault fault) {
        UI.getCurrent().navigate("fixer");
        Grid<Object> grid = editorGrid();
        grid.select(GridKt._get(grid, 0));
        TextField country = _get(TextField.class, spec -> spec.withLabel("Country code"));
        _setValue(country, "DE".equals(country.getValue()) ? "FR" : "DE");
        _click(_get(Button.class, spec -> spec.withText("Apply")));
        TableSnapshot before = TableSnapshot.of(warehouse);
        warehouse.inject(fault);

        _click(_get(Button.class, spec -> spec.withText("Save changes")));

        assertThat(warehouse.injected()).isPositive();
        assertThat(TableSnapshot.of(warehouse).differencesFrom(before)).isEmpty();
        assertThat(UserView.notifications()).anyMatch(n -> n.startsWith("Not saved, nothing was written."));
        UserView.assertNothingLeaks(FaultyWarehouse.SECRET_PATH);

        warehouse.heal();
        _click(_get(Button.class, spec -> spec.withText("Save changes")));
        assertThat(UserView.notifications()).contains("Saved 1 row.");
        TableSnapshot after = TableSnapshot.of(warehouse);
        assertThat(after.tables().get("gold.suppliers")).isNotEqualTo(before.tables().get("gold.suppliers"));
        assertThat(after.rows("lakeside_meta.audit_log")).isGreaterThan(before.rows("lakeside_meta.audit_log"));
    }

    private static void openExplorer(String state) {
        UI.getCurrent().navigate("explore", QueryParameters.fromString(state));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> explorerGrid() {
        return _get(Grid.class, spec -> spec.withClasses("explore-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> editorGrid() {
        List<Grid> grids = _find(Grid.class);
        return grids.getFirst();
    }

    private static String saveStatus() {
        return _get(Span.class, spec -> spec.withId("save-status")).getText();
    }
}
