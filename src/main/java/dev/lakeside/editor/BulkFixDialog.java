package dev.lakeside.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.lakeside.warehouse.WarehouseException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clean-up of one column: each invalid value with its row count and a proposed replacement the
 * user may change or clear; "Preview" lists exactly the rows that will change; "Apply" writes
 * those rows as one audited change-set.
 */
class BulkFixDialog extends Dialog {

    private final EditorTool tool;
    private final String column;
    private final EditorServices services;
    private final Runnable onChange;
    private final Map<String, TextField> replacements = new LinkedHashMap<>();
    private final Grid<RowChange.Update> preview = new Grid<>();
    private final Span previewSummary = new Span("Choose replacements, then preview.");
    private final Button apply = new Button("Apply fixes");
    private BulkFixes.Preview shown;

    BulkFixDialog(EditorTool tool, String column, EditorServices services, Runnable onChange) {
        this.tool = tool;
        this.column = column;
        this.services = services;
        this.onChange = onChange;
        setHeaderTitle("Clean up " + Headers.of(column).toLowerCase() + " in " + tool.title());
        setWidth("900px");
        List<BulkFixes.Suggestion> suggestions = services.bulkFixes().suggestions(tool, column);
        VerticalLayout values = new VerticalLayout(new Paragraph(suggestions.isEmpty() ? "Every value is valid."
                : "Invalid values, most frequent first. Clear a replacement to leave that value alone."));
        values.setPadding(false);
        for (BulkFixes.Suggestion suggestion : suggestions) {
            TextField replacement = new TextField("Replace \"" + suggestion.invalidValue() + "\" ("
                    + suggestion.rows() + (suggestion.rows() == 1 ? " row)" : " rows)") + " with");
            replacement.setWidth("420px");
            replacement.setValue(suggestion.replacement() == null ? "" : suggestion.replacement());
            replacement.setHelperText(suggestion.replacement() == null ? "No likely replacement found" : null);
            replacements.put(suggestion.invalidValue(), replacement);
            values.add(replacement);
        }
        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.addColumn(c -> c.key().toText(tool.keyColumns())).setHeader("Row");
        tool.columns().stream().filter(c -> !c.equals(column) && !tool.keyColumns().contains(c)).limit(2)
                .forEach(c -> preview.addColumn(u -> ValueText.format(u.loaded().get(c))).setHeader(Headers.of(c)));
        preview.addColumn(c -> ValueText.format(c.loaded().get(column))).setHeader("Now");
        preview.addColumn(c -> ValueText.format(c.edits().get(column))).setHeader("After the fix");
        preview.setHeight("260px");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> apply());
        add(values, new Button("Preview", e -> preview()), previewSummary, preview);
        getFooter().add(apply, new Button("Close", e -> close()));
    }

    private void preview() {
        Map<String, String> fixes = new LinkedHashMap<>();
        replacements.forEach((invalid, field) -> fixes.put(invalid, field.getValue()));
        shown = services.bulkFixes().preview(tool, column, fixes);
        preview.setItems(shown.changes());
        previewSummary.setText(shown.changes().size() + (shown.changes().size() == 1 ? " row" : " rows")
                + " will change.");
        apply.setEnabled(!shown.changes().isEmpty() && services.editor().mayEdit(tool));
    }

    private void apply() {
        try {
            SaveResult result = services.bulkFixes().apply(shown);
            if (result.hasConflicts()) {
                ToolEditor.notify("Not applied: " + result.conflicts().size() + " rows changed since the preview. "
                        + "Nothing was written; preview again.", NotificationVariant.LUMO_WARNING);
                return;
            }
            ToolEditor.notify("Fixed " + result.rowsWritten() + " rows in one change-set.", NotificationVariant.LUMO_SUCCESS);
            onChange.run();
            close();
        } catch (EditRefused refused) {
            ToolEditor.notify("Not applied. " + refused.getMessage(), NotificationVariant.LUMO_WARNING);
        } catch (WarehouseException failed) {
            ToolEditor.notify("Not applied, nothing was written. " + failed.userMessage(), NotificationVariant.LUMO_ERROR);
        }
    }
}
