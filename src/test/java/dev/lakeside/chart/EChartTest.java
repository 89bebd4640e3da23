package dev.lakeside.chart;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.shared.ui.Dependency;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What EChart sends to the browser, checked server-side with Karibu's mock UI. */
class EChartTest {

    private static final ChartSpec FIRST = ChartSpec.of(ChartType.BAR).withTitle("First")
            .withSeries(Series.of("s", List.of(Point.of("a", 1))));
    private static final ChartSpec SECOND = FIRST.withTitle("Second");

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void attach_loadsEChartsFromTheWebJarAndDrawsTheSpec() {
        EChart chart = new EChart(FIRST);

        UI.getCurrent().add(chart);

        List<String> scripts = pendingScripts();
        assertThat(scripts).anySatisfy(js -> assertThat(js).contains("lakesideCharts.render")
                .contains("\"text\":\"First\""));
        assertThat(UI.getCurrent().getInternals().getDependencyList().getPendingSendToClient())
                .extracting(Dependency::getUrl).contains(EChart.ECHARTS_URL, EChart.LAKESIDE_CHARTS_URL);
        assertThat(chart.getChart()).isEqualTo(FIRST);
    }

    @Test
    void setChart_whileAttached_sendsOnlyTheNewOption() {
        EChart chart = new EChart(FIRST);
        UI.getCurrent().add(chart);
        pendingScripts();

        chart.setChart(SECOND);

        List<String> scripts = pendingScripts();
        assertThat(scripts).hasSize(1);
        assertThat(scripts.getFirst()).contains("Second").doesNotContain("\"text\":\"First\"");
    }

    @Test
    void setChart_beforeAttach_sendsNothingUntilAttached() {
        EChart chart = new EChart(FIRST);
        chart.setChart(SECOND);

        assertThat(pendingScripts()).noneMatch(js -> js.contains("lakesideCharts.render"));

        UI.getCurrent().add(chart);

        // one render on attach, with the option set last: no queued render per setChart, no stale one
        assertThat(pendingScripts()).filteredOn(js -> js.contains("lakesideCharts.render")).singleElement()
                .satisfies(js -> assertThat(js).contains("\"text\":\"Second\"").doesNotContain("\"text\":\"First\""));
        assertThat(EChart.ECHARTS_URL).isEqualTo("context://webjars/echarts/5.5.0/echarts.min.js");
    }

    /** The JavaScript invocations the next response would carry, with their arguments; clears them. */
    private static List<String> pendingScripts() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(i -> i.getExpression() + " " + i.getParameters())
                .toList();
    }
}
