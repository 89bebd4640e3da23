package dev.lakeside.annotate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** The answer on screen: label buttons (toggled by click or key), an optional rating and note. */
class AnswerForm extends VerticalLayout {

    private final LabelTask task;
    private final Map<String, Button> buttons = new LinkedHashMap<>();
    private final Set<String> picked = new LinkedHashSet<>();
    private final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>("Rating (optional)");
    private final TextArea note = new TextArea("Note (optional)");

    AnswerForm(LabelTask task) {
        this.task = task;
        setPadding(false);
        FlexLayout labels = new FlexLayout();
        labels.addClassName("annotate-labels");
        for (LabelOption label : task.labels()) {
            Button button = new Button(label.key() + "  " + label.name(), e -> pick(label.name()));
            button.addClassName("annotate-label");
            button.getElement().setAttribute("aria-keyshortcuts", label.key());
            buttons.put(label.name(), button);
            labels.add(button);
        }
        add(labels);
        if (task.ratingMax() > 0) {
            rating.setItems(IntStream.rangeClosed(1, task.ratingMax()).boxed().toList());
            add(rating);
        }
        if (task.note()) {
            note.setWidthFull();
            note.setMaxLength(2000);
            note.setHelperText("Typing here never triggers shortcuts; Ctrl+Enter submits.");
            // Keys typed into the note must not reach the view's shortcuts (1-9, S, Backspace, Enter).
            note.getElement().executeJs("this.addEventListener('keydown', e => {"
                    + " if (!(e.key === 'Enter' && (e.ctrlKey || e.metaKey))) e.stopPropagation(); })");
            add(note);
        }
    }

    /** Picks a label: the only one for a single-label task, toggled for a multi-label task. */
    void pick(String name) {
        if (task.question() == QuestionType.SINGLE) {
            picked.clear();
            picked.add(name);
        } else if (!picked.remove(name)) {
            picked.add(name);
        }
        refreshButtons();
    }

    Answer answer() {
        return new Answer(List.copyOf(picked), task.note() ? note.getValue() : null,
                task.ratingMax() > 0 ? rating.getValue() : null);
    }

    /** Shows a saved answer, or an empty form for a new item. */
    void show(Answer saved) {
        picked.clear();
        rating.clear();
        note.clear();
        if (saved != null) {
            picked.addAll(saved.labels());
            if (saved.rating() != null) {
                rating.setValue(saved.rating());
            }
            if (saved.note() != null) {
                note.setValue(saved.note());
            }
        }
        refreshButtons();
    }

    private void refreshButtons() {
        buttons.forEach((name, button) -> {
            if (picked.contains(name)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.getElement().setAttribute("aria-pressed", Boolean.toString(picked.contains(name)));
        });
    }
}
