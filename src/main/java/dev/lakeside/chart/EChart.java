package dev.lakeside.chart;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.page.Page;

import java.util.Objects;

/**
 * A chart drawn in the browser by Apache ECharts. ECharts is loaded at run time from its WebJar
 * (no Node.js, no frontend bundle); the chart follows the element's size and Lumo's light or
 * dark theme. Call {@link #setChart} again at any time, for instance from a push update: only
 * the new option JSON travels to the browser.
 */
@Tag("div")
public class EChart extends Component implements HasSize, HasStyle {

    /** Must match the {@code echarts.version} property in pom.xml. */
    static final String ECHARTS_VERSION = "5.5.0";
    static final String ECHARTS_URL = "context://webjars/echarts/" + ECHARTS_VERSION + "/echarts.min.js";
    static final String LAKESIDE_CHARTS_URL = "context://charts/lakeside-echarts.js";

    /** Waits for both scripts, which the page loads asynchronously, then draws the latest option. */
    private static final String DRAW = """
            const el = this;
            el.$lakesidePending = $0;
            (function draw() {
              if (window.echarts && window.lakesideCharts) {
                if (el.$lakesidePending !== undefined) {
                  window.lakesideCharts.render(el, el.$lakesidePending);
                  el.$lakesidePending = undefined;
                }
              } else {
                setTimeout(draw, 25);
              }
            })();""";

    private ChartSpec chart;

    public EChart() {
        setWidthFull();
        setHeight("400px");
        addClassName("lakeside-chart");
    }

    public EChart(ChartSpec chart) {
        this();
        setChart(chart);
    }

    /**
     * Shows this chart, replacing the one shown before. From a background thread (a live feed),
     * call it inside {@code ui.access(...)} like any other component change.
     */
    public void setChart(ChartSpec chart) {
        this.chart = Objects.requireNonNull(chart, "chart");
        if (isAttached()) {
            draw();
        }
    }

    public ChartSpec getChart() {
        return chart;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Page page = attachEvent.getUI().getPage();
        page.addJavaScript(ECHARTS_URL);
        page.addJavaScript(LAKESIDE_CHARTS_URL);
        if (chart != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(DRAW, EChartsOptions.from(chart).toString());
    }
}
