package dev.lakeside.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The labelling keys, registered on the view: a label's key picks it, Enter (or Ctrl+Enter from
 * the note) submits, S skips, Backspace goes back. The note field keeps its own keys to itself.
 */
final class LabellingShortcuts {

    private final List<ShortcutRegistration> registrations = new ArrayList<>();

    void register(Component view, LabelTask task, Consumer<String> pick, Runnable submit, Runnable skip, Runnable back) {
        remove();
        for (LabelOption label : task.labels()) {
            registrations.add(Shortcuts.addShortcutListener(view, () -> pick.accept(label.name()), Key.of(label.key())));
        }
        registrations.add(Shortcuts.addShortcutListener(view, submit::run, Key.ENTER));
        registrations.add(Shortcuts.addShortcutListener(view, submit::run, Key.ENTER, KeyModifier.CONTROL));
        registrations.add(Shortcuts.addShortcutListener(view, skip::run, Key.KEY_S));
        registrations.add(Shortcuts.addShortcutListener(view, back::run, Key.BACKSPACE));
    }

    void remove() {
        registrations.forEach(ShortcutRegistration::remove);
        registrations.clear();
    }
}
