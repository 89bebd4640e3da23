package dev.lakeside.jobs;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The runs started from this app, newest first, with state, result and a link to the run's page. */
final class RunHistoryGrid extends Grid<JobRun> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    RunHistoryGrid() {
        addClassName("job-runs");
        addThemeVariants(GridVariant.ROW_STRIPES);
        setAllRowsVisible(false);
        addColumn(JobRun::runId).setHeader("Run").setWidth("90px").setFlexGrow(0);
        addColumn(JobRun::title).setHeader("Job").setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> r.parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().isEmpty() ? "(all)" : e.getValue()))
                .collect(Collectors.joining(", "))).setHeader("Parameters").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(RunHistoryGrid::state).setHeader("State").setWidth("120px").setFlexGrow(0);
        addColumn(r -> time(r.status().startTime())).setHeader("Started").setWidth("180px").setFlexGrow(0);
        addColumn(r -> duration(r.status().duration())).setHeader("Duration").setWidth("100px").setFlexGrow(0);
        addColumn(r -> r.status().message()).setHeader("Message").setWidth("220px").setFlexGrow(1);
        addColumn(JobRun::requestedBy).setHeader("Requested by").setAutoWidth(true);
        addComponentColumn(r -> r.status().runPageUrl() == null ? new Span("–")
                : new Anchor(r.status().runPageUrl(), "Open run", com.vaadin.flow.component.html.AnchorTarget.BLANK))
                .setHeader("Run page").setAutoWidth(true).setFlexGrow(0);
    }

    void show(List<JobRun> runs) {
        setItems(runs);
    }

    /** "TERMINATED · SUCCESS", "RUNNING", ...: the text a user reads for a run's state. */
    static String stateText(RunStatus status) {
        return status.result() == null ? status.state().name() : status.state() + " · " + status.result();
    }

    static Span state(JobRun run) {
        RunStatus status = run.status();
        Span span = new Span(status.result() == null ? status.state().name() : status.result().name());
        span.addClassName("run-state");
        span.getElement().setAttribute("data-state", run.status().state().name());
        if (run.status().result() != null) {
            span.getElement().setAttribute("data-result", run.status().result().name());
        }
        return span;
    }

    static String time(Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    static String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long seconds = duration.toSeconds();
        return seconds < 60 ? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)
                : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
