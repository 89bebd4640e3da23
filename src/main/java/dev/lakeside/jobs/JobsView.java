package dev.lakeside.jobs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;
import dev.lakeside.warehouse.WarehouseException;

import java.util.Map;

/**
 * Runs configured jobs with parameters and follows them: the latest run's state, pushed as the
 * service's poller sees it change, Cancel, and the history of runs started from this app.
 */
@Route(value = "jobs", layout = MainLayout.class)
@PageTitle("Jobs · Lakeside")
@Menu(order = 80, title = "Jobs", icon = "vaadin:play-circle-o")
@ToolDescription("Run a configured job (locally: refresh the gold sales summary) with parameters, follow its state and cancel it.")
@StyleSheet("actions.css")
public class JobsView extends VerticalLayout {

    private final JobsService service;
    private final RunHistoryGrid history = new RunHistoryGrid();
    private final Span latestState = new Span("No run started yet");
    private final Span latestDetails = new Span();
    private final Anchor latestLink = new Anchor("", "Open run page", AnchorTarget.BLANK);
    private final Button cancel = new Button("Cancel run", e -> cancelLatest());
    private String latestRunId;
    private AutoCloseable subscription;

    public JobsView(JobsService service) {
        this.service = service;
        setSizeFull();
        Span mode = new Span(service.backendLabel());
        mode.addClassName("action-mode");
        mode.getElement().setAttribute("data-mode", service.backendLabel());
        HorizontalLayout title = new HorizontalLayout(new H2("Jobs"), mode);
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph note = new Paragraph(service.backendLabel().equals("Local")
                ? "Local mode: runs execute in this process against the embedded warehouse."
                : "Runs execute in the Databricks workspace as the app's service principal; you are recorded as the requester.");
        note.addClassName("action-note");
        add(title, note);
        service.jobs().forEach((key, job) -> add(new JobCard(key, job, this::start)));

        latestState.addClassName("run-state");
        latestLink.setVisible(false);
        cancel.setEnabled(false);
        latestDetails.addClassName("run-details");
        Div text = new Div(latestState, new Div(latestDetails));
        HorizontalLayout latest = new HorizontalLayout(text, latestLink, cancel);
        latest.setAlignItems(FlexComponent.Alignment.CENTER);
        latest.setWidthFull();
        latest.expand(text);
        latest.addClassName("job-latest");
        add(new H3("Latest run"), latest, new H3("Run history"), history);
        history.setWidthFull();
        history.setHeight("320px");
        setFlexGrow(1, history);
        history.show(service.history());
    }

    private void start(String jobKey, Map<String, String> values) {
        try {
            JobRun run = service.start(jobKey, values);
            latestRunId = run.runId();
            show(run);
        } catch (IllegalArgumentException | WarehouseException e) {
            String message = e instanceof WarehouseException w ? w.userMessage() : e.getMessage();
            Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void cancelLatest() {
        if (latestRunId == null) {
            return;
        }
        try {
            service.cancel(latestRunId);
        } catch (WarehouseException e) {
            Notification.show(e.userMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        }
        service.find(latestRunId).ifPresent(this::show);
    }

    private void show(JobRun run) {
        history.show(service.history());
        if (!run.runId().equals(latestRunId)) {
            return;
        }
        RunStatus status = run.status();
        latestState.setText(run.title() + " (" + run.runId() + "): " + RunHistoryGrid.stateText(status));
        latestState.getElement().setAttribute("data-state", status.state().name());
        if (status.result() != null) {
            latestState.getElement().setAttribute("data-result", status.result().name());
        } else {
            latestState.getElement().removeAttribute("data-result");
        }
        latestDetails.setText("started " + RunHistoryGrid.time(status.startTime()) + " UTC · "
                + RunHistoryGrid.duration(status.duration()) + " · " + status.message());
        latestLink.setVisible(status.runPageUrl() != null);
        if (status.runPageUrl() != null) {
            latestLink.setHref(status.runPageUrl());
        }
        cancel.setEnabled(!status.finished());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = service.subscribe(run -> ui.access(() -> show(run)));
        history.show(service.history());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception ignored) {
            // removing a listener from a list does not fail
        }
        subscription = null;
    }
}
