package dev.lakeside.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Shown when a save found rows that someone else changed since they were loaded. Nothing was
 * written; for each row the user keeps their value (it is saved over theirs on the next save)
 * or takes the current one (their pending change is dropped).
 */
class ConflictDialog extends Dialog {

    private final EditorTool tool;
    private final PendingChanges pending;
    private final Runnable onChange;
    private int open;

    ConflictDialog(EditorTool tool, List<Conflict> conflicts, PendingChanges pending, Runnable onChange) {
        this.tool = tool;
        this.pending = pending;
        this.onChange = onChange;
        this.open = conflicts.size();
        setHeaderTitle("Someone else changed " + (conflicts.size() == 1 ? "a row" : conflicts.size() + " rows"));
        setWidth("720px");
        VerticalLayout body = new VerticalLayout(new Paragraph("Nothing was saved. These rows changed in the "
                + "warehouse after you loaded them. Choose for each row, then save again."));
        conflicts.forEach(conflict -> body.add(row(conflict)));
        add(body);
        getFooter().add(new Button("Close", e -> close()));
    }

    private Div row(Conflict conflict) {
        RowChange mine = conflict.mine();
        Div row = new Div(new H4("Row " + mine.key().toText(tool.keyColumns())));
        row.addClassName("lakeside-conflict");
        for (String column : columns(mine)) {
            Object yours = switch (mine) {
                case RowChange.Update u -> u.edits().get(column);
                case RowChange.Insert i -> i.values().get(column);
                case RowChange.Delete d -> "(deleted)";
            };
            Object theirs = conflict.current() == null ? "(row no longer exists)" : conflict.current().get(column);
            Paragraph line = new Paragraph(new Span(Headers.of(column) + ": "), value("Yours", yours, "conflict-mine"),
                    new Span(" · "), value("Now in the warehouse", theirs, "conflict-theirs"));
            if (mine instanceof RowChange.Update u && conflict.current() != null
                    && ValueText.same(u.loaded().get(column), theirs)) {
                line.add(new Span(" (not changed by them)"));
            }
            row.add(line);
        }
        Button keepMine = new Button("Keep mine");
        Button takeTheirs = new Button("Take theirs");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepMine.addClickListener(e -> {
            RowChange rebased = conflict.keepMine(tool);
            if (rebased == null) {
                pending.discard(mine.key());
            } else {
                pending.replace(rebased);
            }
            resolved(row);
        });
        takeTheirs.addClickListener(e -> {
            pending.discard(mine.key());
            resolved(row);
        });
        row.add(new HorizontalLayout(keepMine, takeTheirs));
        if (!conflict.canKeepMine()) {
            keepMine.setEnabled(false);
            row.add(new Paragraph("Someone else deleted this row. It cannot be kept: re-adding it would leave "
                    + "the columns this tool does not edit empty. Take theirs to drop your change."));
        }
        return row;
    }

    private static Span value(String label, Object value, String className) {
        Span span = new Span(label + ": " + (value == null ? "(empty)" : "\"" + ValueText.format(value) + "\""));
        span.addClassName(className);
        return span;
    }

    private Collection<String> columns(RowChange change) {
        return switch (change) {
            case RowChange.Update u -> u.edits().keySet();
            case RowChange.Insert i -> new ArrayList<>(i.values().keySet());
            case RowChange.Delete d -> tool.editableColumns();
        };
    }

    private void resolved(Div row) {
        row.setEnabled(false);
        row.addClassName("resolved");
        onChange.run();
        if (--open == 0) {
            close();
            ToolEditor.notify(pending.isEmpty() ? "Conflicts resolved: the current values are kept."
                    : "Conflicts resolved. Save again to write what you kept.", NotificationVariant.LUMO_CONTRAST);
        }
    }
}
