package dev.lakeside.annotate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.Instant;

/** Says what happened to the last save; while a save is failing, when it is tried again. */
class SaveStatus extends HorizontalLayout {

    private final Span text = new Span();
    private final Button retryNow;
    private String lastFailure = "";

    SaveStatus(Runnable retry) {
        addClassName("annotate-save-status");
        setAlignItems(Alignment.BASELINE);
        text.setId("save-status");
        retryNow = new Button("Retry now", e -> retry.run());
        retryNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retryNow.setVisible(false);
        add(text, retryNow);
    }

    void showSaved() {
        show("Saved.", "ok");
        retryNow.setVisible(false);
    }

    void showRefused(String message) {
        show(message, "warning");
    }

    /** The answer stays on screen and is tried again; {@code message} null keeps the last reason. */
    void showFailure(String message, SaveRetry retry, Instant now) {
        if (message != null) {
            lastFailure = message;
        }
        long seconds = (retry.waitFrom(now).toMillis() + 999) / 1000;
        show("Not saved yet (" + lastFailure + " Attempt " + retry.failures() + " failed). Your answer is kept; "
                + "trying again in " + seconds + " s.", "error");
        retryNow.setVisible(true);
    }

    void clear() {
        show("", "ok");
        retryNow.setVisible(false);
    }

    String text() {
        return text.getText();
    }

    private void show(String message, String kind) {
        text.setText(message);
        getElement().setAttribute("data-kind", kind);
    }
}
