package dev.lakeside.live;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dev.lakeside.chart.ChartSpec;
import dev.lakeside.chart.EChart;
import dev.lakeside.chart.Point;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class LiveDashboardViewTest extends KaribuSpringTest {

    @Autowired
    Warehouse warehouse;
    @Autowired
    LiveFeed feed;
    @Autowired
    SensorRollUp rollUp;
    @Autowired
    SimulatorRunner simulator;

    @Test
    void newReadingsRolledUp_pushUpdate_changesTheTemperatureChartAndStatus() {
        UI.getCurrent().navigate("live");
        _setValue(_get(Select.class, spec -> spec.withLabel("Device")), "bme280-office");
        pushNow();
        ChartSpec before = temperatureChart().getChart();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        new BronzeAppender(warehouse, SensorTables.DEMO).append(SensorWarehouse.readings("bme280-office", at, 0, 5, 31.5), at);
        rollUp.runOnce();
        pushNow();

        ChartSpec after = temperatureChart().getChart();
        assertThat(after).isNotEqualTo(before);
        LocalDateTime newest = LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        List<Point> averages = after.series().getFirst().points();
        assertThat(averages.getLast().x()).isInstanceOfSatisfying(LocalDateTime.class,
                x -> assertThat(x).isAfterOrEqualTo(newest));
        assertThat(((Number) averages.getLast().y()).doubleValue()).isBetween(30.0, 33.0);
        assertThat(_find(Span.class)).extracting(Span::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Last updated").contains("lag"));
    }

    @Test
    void pauseUpdates_pushDoesNotReachThisViewer() {
        UI.getCurrent().navigate("live");
        pushNow();
        _click(_get(Button.class, spec -> spec.withText("Pause updates")));
        ChartSpec paused = temperatureChart().getChart();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        new BronzeAppender(warehouse, SensorTables.DEMO).append(SensorWarehouse.readings(LiveSelection.DEVICES.getFirst(), at, 0, 5, 12), at);
        rollUp.runOnce();
        pushNow();

        assertThat(temperatureChart().getChart()).isEqualTo(paused);
        assertThat(_find(Button.class, spec -> spec.withText("Resume updates"))).hasSize(1);
    }

    @Test
    void pipelineSilentForFiveMinutes_dashboardSaysItStalled_untilItRunsAgain() {
        UI.getCurrent().navigate("live");
        warehouse.update(new SqlBuilder(warehouse.dialect()).sql("UPDATE ").table(SensorTables.DEMO.checkpoint())
                .sql(" SET updated_at = ").value(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5)).build());

        pushNow();
        List<String> warningsWhileSilent = visibleDivTexts();
        rollUp.runOnce();
        pushNow();

        assertThat(warningsWhileSilent).anySatisfy(text -> assertThat(text).startsWith("The pipeline has stalled"));
        assertThat(visibleDivTexts()).noneSatisfy(text -> assertThat(text).contains("stalled"));
    }

    private static List<String> visibleDivTexts() {
        return _find(Div.class).stream().filter(Div::isVisible).map(Div::getText).toList();
    }

    @Test
    void pauseSimulatorButton_pausesAndResumesTheSimulator() {
        UI.getCurrent().navigate("live");

        _click(_get(Button.class, spec -> spec.withText("Pause simulator")));
        boolean pausedAfterClick = simulator.paused();
        _click(_get(Button.class, spec -> spec.withText("Resume simulator")));

        assertThat(pausedAfterClick).isTrue();
        assertThat(simulator.paused()).isFalse();
    }

    private void pushNow() {
        feed.refreshAll();
        MockVaadin.runUIQueue();
    }

    private static EChart temperatureChart() {
        return _find(EChart.class).getFirst();
    }
}
