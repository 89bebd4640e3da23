package dev.lakeside.predict;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.WarehouseException;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/**
 * Batch mode: pick an allow-listed table and a name for the new table, score every row in the
 * background with a progress bar (scoring, then writing) and a Cancel button, then show the row count, a link to the new table
 * in the explorer and its first rows.
 */
class BatchPanel extends VerticalLayout {

    private static final int PREVIEW_ROWS = 10;

    private final BatchScoring scoring;
    private final Select<TableName> source = new Select<>();
    private final TextField outputName = new TextField("New table name");
    private final Button start = new Button("Score table");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final VerticalLayout result = new VerticalLayout();
    private BatchRun running;

    BatchPanel(BatchScoring scoring, List<TableName> sources, String outputSchema) {
        this.scoring = scoring;
        source.setLabel("Table to score");
        source.setItems(sources);
        source.setItemLabelGenerator(TableName::toString);
        sources.stream().findFirst().ifPresent(source::setValue);
        outputName.setPrefixComponent(new Span(outputSchema + "."));
        outputName.setHelperText("Letters, digits and underscores; a table that does not exist yet");
        outputName.setValue("churn_scores");
        outputName.setWidth("22em");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startBatch());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancelBatch());
        cancel.setVisible(false);
        bar.setVisible(false);
        bar.setWidth("20em");
        status.addClassName("predict-batch-status");
        result.setPadding(false);
        HorizontalLayout inputs = new HorizontalLayout(source, outputName, start, cancel);
        inputs.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        inputs.setWrap(true);
        setPadding(false);
        add(inputs, new HorizontalLayout(bar, status), result);
    }

    private void startBatch() {
        outputName.setInvalid(false);
        result.removeAll();
        BatchRequest request;
        long total;
        try {
            request = scoring.request(source.getValue(), outputName.getValue());
            total = scoring.rowsToScore(request.source());
        } catch (IllegalArgumentException e) {
            outputName.setErrorMessage(e.getMessage());
            outputName.setInvalid(true);
            return;
        } catch (WarehouseException e) {
            // An allow-listed table that is missing or unreadable (say, in a workspace without the demo data).
            status.setText("Could not read " + source.getValue() + ": " + e.userMessage());
            return;
        }
        UI ui = UI.getCurrent();
        BatchRun run = new BatchRun(done -> later(ui, () -> showProgress("Scoring:", done, total)),
                done -> later(ui, () -> showProgress("Writing " + request.output() + ":", done, total)));
        running = run;
        showRunning(true);
        status.setText("Scoring " + request.source() + ": 0 of " + total + " rows…");
        bar.setValue(0);
        scoring.start(request, run).whenComplete((done, error) -> later(ui, () -> finish(run, done, error)));
    }

    private void showProgress(String step, long done, long total) {
        if (running == null || running.cancelled()) {
            return; // "Cancelling…" stays until the batch has stopped
        }
        bar.setValue(total == 0 ? 1 : Math.min(1, done / (double) total));
        status.setText(String.format(Locale.ROOT, "%s %,d of %,d rows…", step, done, total));
    }

    private void finish(BatchRun run, BatchResult done, Throwable error) {
        if (run != running) {
            return;
        }
        running = null;
        showRunning(false);
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        switch (cause) {
            case null -> showResult(done);
            case WarehouseException e when e.reason() == WarehouseException.Reason.CANCELLED ->
                    status.setText("Cancelled. Nothing was written.");
            case WarehouseException e -> status.setText(e.userMessage());
            case PredictionException e -> status.setText(e.getMessage());
            case IllegalArgumentException e -> status.setText(e.getMessage());
            default -> status.setText("Batch scoring failed: " + cause.getMessage());
        }
    }

    private void showResult(BatchResult done) {
        status.setText(String.format(Locale.ROOT, "Wrote %,d rows to %s (%,d scored).", done.rows(), done.output(),
                done.scored()));
        Anchor open = new Anchor("explore?table=" + done.output(), "Open " + done.output() + " in the explorer");
        QueryResult preview = scoring.preview(done.output(), PREVIEW_ROWS);
        Grid<Row> grid = new Grid<>();
        for (int c = 0; c < preview.columns().size(); c++) {
            ColumnInfo column = preview.columns().get(c);
            int position = c;
            grid.addColumn(row -> text(row.get(position))).setHeader(column.name()).setAutoWidth(true);
        }
        grid.setItems(preview.rows());
        grid.setAllRowsVisible(true);
        grid.addClassName("predict-preview");
        result.add(open, grid);
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> Long.toString(d.longValue());
            case Double d -> new java.math.BigDecimal(d).setScale(3, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
            case java.time.LocalDateTime t -> t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()
                    .replace('T', ' ');
            default -> value.toString();
        };
    }

    private void cancelBatch() {
        if (running != null) {
            running.cancel();
            status.setText("Cancelling…");
        }
    }

    private void showRunning(boolean isRunning) {
        bar.setVisible(isRunning);
        cancel.setVisible(isRunning);
        start.setEnabled(!isRunning);
    }

    /** Leaving the page stops the batch: nobody would see its result. */
    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        cancelBatch();
        super.onDetach(event);
    }

    private static void later(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            // The page was closed; the batch result has no one to show it to.
        }
    }
}
