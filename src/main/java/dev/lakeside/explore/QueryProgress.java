package dev.lakeside.explore;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.WarehouseException;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one query at a time off the UI thread. A query that answers within a moment shows its
 * result at once; a slower one shows a progress bar and a Cancel button, which really stops the
 * statement through its {@link QueryHandle}. The page polls while a query runs, so no server
 * push is needed.
 */
class QueryProgress extends HorizontalLayout {

    /** How long a click waits for a quick answer before it shows progress instead. */
    private static final long MOMENT_MILLIS = 200;
    private static final int POLL_MILLIS = 300;

    private final BackgroundQueries queries;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Button cancel = new Button("Cancel");
    private QueryHandle running;

    QueryProgress(BackgroundQueries queries) {
        this.queries = queries;
        bar.setIndeterminate(true);
        bar.setWidth("12em");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        cancel.addClickListener(e -> cancelRunning());
        status.addClassName("explore-status");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(bar, status, cancel);
        showIdle("");
    }

    /** Runs {@code work} with a fresh handle and hands its result to {@code onResult} on the UI thread. */
    <T> void run(String what, Function<QueryHandle, T> work, Consumer<T> onResult) {
        cancelRunning();
        QueryHandle handle = new QueryHandle();
        running = handle;
        CompletableFuture<T> future = queries.submit(() -> work.apply(handle));
        try {
            T quick = future.get(MOMENT_MILLIS, TimeUnit.MILLISECONDS);
            finish(handle, quick, null, onResult);
            return;
        } catch (TimeoutException slow) {
            showRunning(what);
        } catch (ExecutionException e) {
            finish(handle, null, e.getCause(), onResult);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        future.whenComplete((result, error) -> ui.access(() -> finish(handle, result, error, onResult)));
    }

    /** What the user reads next to the progress bar: the running query, the last error, or nothing. */
    String statusText() {
        return status.getText();
    }

    private <T> void finish(QueryHandle handle, T result, Throwable error, Consumer<T> onResult) {
        if (handle != running) {
            return;
        }
        running = null;
        UI.getCurrent().setPollInterval(-1);
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        switch (cause) {
            case null -> {
                showIdle("");
                onResult.accept(result);
            }
            case WarehouseException e -> showIdle(e.userMessage());
            case IllegalArgumentException e -> showIdle(e.getMessage());
            default -> showIdle("The query failed: " + cause.getMessage());
        }
    }

    /**
     * Stops the running query and forgets it, so its result is never shown: for a grouping that
     * was cleared, or a view that was left.
     */
    void stop() {
        cancelRunning();
        running = null;
        showIdle("");
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
        }
    }

    private void showRunning(String what) {
        status.setText(what + "…");
        bar.setVisible(true);
        cancel.setVisible(true);
        setVisible(true);
    }

    private void showIdle(String message) {
        status.setText(message);
        bar.setVisible(false);
        cancel.setVisible(false);
        setVisible(!message.isEmpty());
    }
}
