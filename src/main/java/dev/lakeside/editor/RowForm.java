package dev.lakeside.editor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side panel that edits the selected row, or a new one. Values are checked by the column
 * rules as they are typed; "Apply" only adds them to the pending changes, "Save changes" writes.
 */
class RowForm extends VerticalLayout {

    private final EditorTool tool;
    private final EditorServices services;
    private final PendingChanges pending;
    private final boolean mayEdit;
    private final Runnable onChange;
    private final H3 title = new H3();
    private final Paragraph details = new Paragraph();
    private final VerticalLayout fields = new VerticalLayout();
    private final Button apply = new Button("Apply");
    private final Button revert = new Button("Revert row");
    private final Button delete = new Button("Delete row");
    private final Button history = new Button("Row history");
    private Binder<RowDraft> binder = new Binder<>();
    private RowDraft loaded = new RowDraft();
    private final List<com.vaadin.flow.shared.Registration> shortcuts = new ArrayList<>();
    private EditorRow row;
    private boolean inserting;

    RowForm(EditorTool tool, EditorServices services, PendingChanges pending, boolean mayEdit, Runnable onChange) {
        this.tool = tool;
        this.services = services;
        this.pending = pending;
        this.mayEdit = mayEdit;
        this.onChange = onChange;
        addClassName("lakeside-editor");
        setWidth("340px");
        fields.setPadding(false);
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        revert.addClickListener(e -> {
            pending.discard(row.key(tool.keyColumns()));
            onChange.run();
            edit(row);
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            pending.delete(row);
            onChange.run();
            edit(row);
        });
        delete.setVisible(tool.allowDelete());
        history.addClickListener(e -> new HistoryDialog(tool, services, row, onChange).open());
        add(title, details, fields, new HorizontalLayout(apply, revert), new HorizontalLayout(delete, history));
        edit(null);
    }

    void edit(EditorRow selected) {
        row = selected;
        inserting = false;
        title.setText(selected == null ? "Edit a row" : "Row " + selected.key(tool.keyColumns()).toText(tool.keyColumns()));
        details.setText(selected == null ? "Select a row in the grid." : pending.isDeleted(selected)
                ? "Marked for deletion: saved with the other changes." : describe(selected));
        build(tool.editableColumns(), selected == null ? null : pending.shown(selected));
        boolean editing = selected != null && mayEdit && !pending.isDeleted(selected);
        fields.getChildren().forEach(f -> ((TextField) f).setReadOnly(!editing));
        apply.setEnabled(editing);
        revert.setEnabled(selected != null && pending.of(selected.key(tool.keyColumns())).isPresent());
        delete.setEnabled(editing);
        history.setEnabled(selected != null);
    }

    void startInsert() {
        row = null;
        inserting = true;
        title.setText("Add a row");
        details.setText("Fill in the key and the values, then apply.");
        List<String> columns = tool.insertColumns();
        build(columns, null);
        apply.setEnabled(mayEdit);
        revert.setEnabled(false);
        delete.setEnabled(false);
        history.setEnabled(false);
    }

    private void build(List<String> columns, EditorRow values) {
        fields.removeAll();
        shortcuts.forEach(com.vaadin.flow.shared.Registration::remove);
        shortcuts.clear();
        binder = new Binder<>();
        for (String column : columns) {
            TextField field = new TextField(Headers.of(column));
            field.setWidthFull();
            ColumnRule rule = tool.rule(column);
            if (rule.hint() != null) {
                field.setHelperText(rule.hint());
            }
            if (row != null && pending.isEdited(row, column)) {
                field.addClassName("pending-field");
                field.setHelperText("Was: " + ValueText.format(row.get(column)));
            }
            binder.forField(field)
                    .withValidator((text, context) -> {
                        // A key is needed for a new row; no column rule says so.
                        if (inserting && tool.keyColumns().contains(column) && text.isBlank()) {
                            return ValidationResult.error("A new row needs a value for " + column + ".");
                        }
                        ValueRules.Checked checked = services.editor().check(tool, column, text);
                        return checked.isValid() ? ValidationResult.ok() : ValidationResult.error(checked.problem());
                    })
                    .bind(draft -> draft.get(column), (draft, text) -> draft.set(column, text));
            // Enter applies only while typing in a field of this form.
            shortcuts.add(apply.addClickShortcut(Key.ENTER).listenOn(field));
            fields.add(field);
        }
        loaded = RowDraft.of(values, columns);
        binder.readBean(loaded);
    }

    private void apply() {
        List<String> columns = inserting ? tool.insertColumns() : tool.editableColumns();
        RowDraft draft = new RowDraft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (String column : columns) {
            // Only what the user changed: re-parsing untouched text ('' to null, normalised values) is no edit.
            if (!inserting && draft.get(column).equals(loaded.get(column))) {
                continue;
            }
            values.put(column, services.editor().check(tool, column, draft.get(column)).value());
        }
        if (inserting) {
            pending.insert(values);
            ToolEditor.notify("Row added to the pending changes. Save to write it.", NotificationVariant.LUMO_CONTRAST);
            onChange.run();
            startInsert();
        } else {
            pending.edit(row, values);
            onChange.run();
            edit(row);
        }
    }

    private String describe(EditorRow selected) {
        List<String> parts = new ArrayList<>();
        tool.columns().stream().filter(c -> !tool.isEditable(c) && !tool.keyColumns().contains(c))
                .forEach(c -> parts.add(Headers.of(c) + ": " + ValueText.format(selected.get(c))));
        return String.join(" · ", parts);
    }
}
