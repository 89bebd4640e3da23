package dev.lakeside.annotate;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;
import dev.lakeside.warehouse.WarehouseException;

import java.time.Duration;
import java.time.Instant;

/** Label items one after another at keyboard speed: number keys pick, Enter submits, S skips, Backspace goes back. */
@Route(value = "annotate", layout = MainLayout.class)
@StyleSheet("annotate.css")
@PageTitle("Annotate · Lakeside")
@Menu(order = 60, title = "Annotate", icon = "vaadin:tags")
@ToolDescription("Label warehouse rows at keyboard speed, several people at once: each item goes to as many "
        + "annotators as the task asks for, and every label is written back with who, when and how long it took.")
public class LabellingView extends VerticalLayout implements HasUrlParameter<String>, BeforeLeaveObserver {

    private final TaskCatalog catalog;
    private final AnnotatorSessions sessions;
    private final CurrentUser currentUser;
    private final AnnotateProperties properties;
    private final LabellingShortcuts shortcuts = new LabellingShortcuts();
    private final H2 title = new H2();
    private final TaskPicker picker;
    private final ProgressLine progress = new ProgressLine();
    private final Div itemArea = new Div();
    private final Div answerArea = new Div();
    private final Div guidelines = new Div();
    private final SaveStatus saveStatus = new SaveStatus(this::submit);
    private final Button back = new Button("Back (Backspace)", e -> back());
    private final Button skip = new Button("Skip (S)", e -> skip());
    private final Button submit = new Button("Submit (Enter)", e -> submit());
    private AnnotatorSession session;
    private ItemCard card;
    private AnswerForm form;
    private long shownAt;
    private SaveRetry retry;
    private Registration pollRegistration;

    LabellingView(TaskCatalog catalog, AnnotatorSessions sessions, CurrentUser currentUser, AnnotateProperties properties) {
        this.catalog = catalog;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.properties = properties;
        this.picker = new TaskPicker(catalog.all(), LabellingView.class);
        addClassName("lakeside-view");
        setSizeFull();
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        guidelines.addClassName("annotate-guidelines-panel");
        VerticalLayout work = new VerticalLayout(itemArea, answerArea, new HorizontalLayout(submit, skip, back), saveStatus);
        work.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(work, guidelines);
        body.setWidthFull();
        body.setFlexGrow(2, work);
        body.setFlexGrow(1, guidelines);
        HorizontalLayout header = new HorizontalLayout(title, picker);
        header.setAlignItems(Alignment.BASELINE);
        add(header, progress, body);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        LabelTask task = taskId == null ? catalog.all().stream().findFirst().orElse(null) : catalog.find(taskId).orElse(null);
        if (task == null) {
            title.setText(taskId == null ? "No labelling tasks are configured" : "No labelling task " + taskId);
            return;
        }
        if (session != null) {
            session.close();
        }
        session = sessions.open(task, currentUser.get().userId());
        title.setText(task.title());
        picker.setValue(task);
        card = new ItemCard(task);
        form = new AnswerForm(task);
        itemArea.removeAll();
        itemArea.add(card);
        answerArea.removeAll();
        answerArea.add(form);
        guidelines.removeAll();
        guidelines.add(new H3("Guidelines"), new Html(Markdown.toHtml(task.guidelines())));
        shortcuts.register(this, task, name -> form.pick(name), this::submit, this::skip, this::back);
        showCurrent();
    }

    /**
     * While an unsaved answer is being retried, leaving (another task, another page) would drop it
     * and leave the poll running: stay, and say why.
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (retry != null) {
            event.postpone();
            Notification.show("Your answer is not saved yet and is being retried. Wait until it is saved, then switch.");
        }
    }

    private void submit() {
        if (session == null || session.current().isEmpty()) {
            return;
        }
        Answer answer = form.answer();
        try {
            AnswerStore.validate(session.task(), answer);
        } catch (IllegalArgumentException refused) {
            saveStatus.showRefused(refused.getMessage());
            return;
        }
        Duration taken = retry != null ? retry.taken() : Duration.ofNanos(System.nanoTime() - shownAt);
        try {
            session.submit(answer, taken);
        } catch (WarehouseException failed) {
            Instant now = Instant.now();
            retry = retry == null ? SaveRetry.afterFirstFailure(taken, now, properties.retryInitialDelay())
                    : retry.afterAnotherFailure(now, properties.retryInitialDelay(), properties.retryMaxDelay());
            saveStatus.showFailure(failed.userMessage(), retry, now);
            getUI().ifPresent(ui -> ui.setPollInterval(500));
            return;
        }
        retry = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        saveStatus.showSaved();
        showCurrent();
    }

    private void skip() {
        if (session != null && retry == null) {
            session.skip();
            saveStatus.clear();
            showCurrent();
        }
    }

    private void back() {
        if (session != null && retry == null && session.back()) {
            saveStatus.clear();
            showCurrent();
        }
    }

    private void showCurrent() {
        session.current().ifPresentOrElse(item -> {
            card.show(item);
            form.show(session.savedAnswer().orElse(null));
            form.setVisible(true);
        }, () -> {
            if (session.nextItemFailed()) {
                card.showNextItemFailed();
            } else {
                card.showNothingLeft();
            }
            form.setVisible(false);
            card.add(new Button(session.nextItemFailed() ? "Try again" : "Look again", e -> {
                session.restart();
                showCurrent();
            }));
        });
        submit.setEnabled(session.current().isPresent());
        skip.setEnabled(session.current().isPresent());
        back.setEnabled(session.canGoBack());
        progress.show(session.progress());
        shownAt = System.nanoTime();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        pollRegistration = event.getUI().addPollListener(e -> {
            if (retry != null && retry.isDue(Instant.now())) {
                submit();
            } else if (retry != null) {
                saveStatus.showFailure(null, retry, Instant.now());
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
        }
        if (session != null && retry == null) {
            session.close();
        }
    }
}
