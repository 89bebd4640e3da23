package dev.lakeside.live;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.lakeside.chart.EChart;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;

import java.time.Duration;
import java.util.List;

/**
 * Live sensor dashboard: the gold moving averages of one device, kept current by server push. Every
 * viewer of the same device, resolution and refresh interval shares one query per refresh.
 */
@Route(value = "live", layout = MainLayout.class)
@PageTitle("Live sensors · Lakeside")
@Menu(order = 50, title = "Live sensors", icon = "vaadin:spark-line")
@ToolDescription("Watch simulated BME280 sensors stream through bronze, silver and gold, updated by server push.")
public class LiveDashboardView extends VerticalLayout {

    private final LiveFeed feed;
    private final SimulatorRunner simulator;
    private final Duration stallAfter;
    private final Select<String> device = new Select<>();
    private final Select<Duration> bucket = new Select<>();
    private final Select<Duration> refresh = new Select<>();
    private final Button pause = new Button("Pause updates");
    private final Button simulatorToggle = new Button();
    private final Span status = new Span("Waiting for the first update…");
    private final Div stallWarning = new Div();
    private final List<EChart> charts = DashboardSnapshot.METRICS.stream().map(m -> new EChart(LiveCharts.waiting(m))).toList();
    private LiveSelection selection;
    private AutoCloseable subscription;

    LiveDashboardView(LiveFeed feed, SimulatorRunner simulator, LiveProperties properties) {
        this.feed = feed;
        this.simulator = simulator;
        this.stallAfter = properties.dashboard().stallAfter();
        this.selection = new LiveSelection(LiveSelection.DEVICES.getFirst(), LiveSelection.BUCKETS.getFirst(),
                properties.dashboard().defaultRefresh());
        configureControls();
        stallWarning.addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.TextColor.ERROR,
                LumoUtility.Padding.SMALL, LumoUtility.BorderRadius.MEDIUM);
        stallWarning.setVisible(false);
        status.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        charts.forEach(chart -> chart.setHeight("260px"));
        HorizontalLayout controls = new HorizontalLayout(device, bucket, refresh, pause, simulatorToggle);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        add(controls, status, stallWarning);
        charts.forEach(this::add);
        setSizeFull();
    }

    private void configureControls() {
        device.setLabel("Device");
        device.setWidth("14em");
        device.setItems(LiveSelection.DEVICES);
        device.setValue(selection.deviceId());
        device.addValueChangeListener(e -> select(selection.withDevice(e.getValue())));
        bucket.setLabel("Window length");
        bucket.setItems(LiveSelection.BUCKETS);
        bucket.setItemLabelGenerator(LiveDashboardView::describe);
        bucket.setValue(selection.bucket());
        bucket.addValueChangeListener(e -> select(selection.withBucket(e.getValue())));
        refresh.setLabel("Refresh every");
        refresh.setItems(LiveSelection.REFRESH_INTERVALS);
        refresh.setItemLabelGenerator(LiveDashboardView::describe);
        refresh.setValue(selection.refreshEvery());
        refresh.addValueChangeListener(e -> select(selection.withRefreshEvery(e.getValue())));
        pause.addClickListener(e -> togglePause());
        simulatorToggle.addClickListener(e -> toggleSimulator());
        updateSimulatorLabel();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscribe(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe();
    }

    private void select(LiveSelection next) {
        selection = next;
        if (subscription != null) {
            unsubscribe();
            subscribe(UI.getCurrent());
        }
    }

    private void subscribe(UI ui) {
        subscription = feed.subscribe(selection, snapshot -> ui.access(() -> show(snapshot)));
    }

    private void unsubscribe() {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            subscription = null;
        }
    }

    private void togglePause() {
        if (subscription != null) {
            unsubscribe();
            pause.setText("Resume updates");
            status.setText("Updates paused. " + status.getText());
        } else {
            subscribe(UI.getCurrent());
            pause.setText("Pause updates");
        }
    }

    private void toggleSimulator() {
        if (simulator.paused()) {
            simulator.resume();
        } else {
            simulator.pause();
        }
        updateSimulatorLabel();
    }

    private void updateSimulatorLabel() {
        simulatorToggle.setText(simulator.paused() ? "Resume simulator" : "Pause simulator");
    }

    private void show(DashboardSnapshot snapshot) {
        if (!snapshot.selection().equals(selection) || subscription == null) {
            return;
        }
        for (int i = 0; i < charts.size(); i++) {
            charts.get(i).setChart(LiveCharts.chart(snapshot.series().get(i)));
        }
        status.setText(LiveStatusText.describe(snapshot));
        boolean stalled = snapshot.stalled(stallAfter);
        stallWarning.setVisible(stalled);
        stallWarning.setText(stalled ? LiveStatusText.stall(snapshot) : "");
    }

    private static String describe(Duration duration) {
        return duration.toSeconds() < 60 ? duration.toSeconds() + " s" : duration.toMinutes() + " min";
    }
}
