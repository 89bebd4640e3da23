package dev.lakeside.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.lakeside.audit.AuditRecord;
import dev.lakeside.warehouse.WarehouseException;

import java.time.format.DateTimeFormatter;

/**
 * The audit history of a tool, or of one row, newest first; the change-set of a selected entry
 * can be undone as a whole.
 */
class HistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final EditorTool tool;
    private final EditorServices services;
    private final EditorRow row;
    private final Runnable onChange;
    private final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
    private final Button undo = new Button("Undo change-set");

    HistoryDialog(EditorTool tool, EditorServices services, EditorRow row, Runnable onChange) {
        this.tool = tool;
        this.services = services;
        this.row = row;
        this.onChange = onChange;
        setHeaderTitle(row == null ? "History of " + tool.title()
                : "History of row " + row.key(tool.keyColumns()).toText(tool.keyColumns()));
        setWidth("1240px");
        getElement().getStyle().set("max-width", "95vw");
        setHeight("600px");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> WHEN.format(r.changedAt()) + " UTC").setHeader("When").setAutoWidth(true);
        grid.addColumn(r -> r.entry().userId()).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> shortId(r.entry().changeSetId())).setHeader("Change-set").setAutoWidth(true);
        grid.addColumn(r -> r.entry().kind().name().toLowerCase()).setHeader("Change");
        grid.addColumn(r -> r.entry().rowKey()).setHeader("Row");
        grid.addColumn(r -> Headers.of(r.entry().column())).setHeader("Column");
        grid.addColumn(r -> r.entry().oldValue()).setHeader("Old value");
        grid.addColumn(r -> r.entry().newValue()).setHeader("New value");
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e ->
                undo.setEnabled(e.getValue() != null && services.editor().mayEdit(tool)));
        add(grid);
        undo.addThemeVariants(ButtonVariant.LUMO_ERROR);
        undo.setEnabled(false);
        undo.addClickListener(e -> undoSelected());
        getFooter().add(undo, new Button("Close", e -> close()));
        reload();
    }

    private void reload() {
        grid.setItems(services.history().of(tool, row));
    }

    private void undoSelected() {
        String changeSetId = grid.asSingleSelect().getValue().entry().changeSetId();
        try {
            SaveResult result = services.history().undo(tool, changeSetId);
            if (result.hasConflicts()) {
                ToolEditor.notify("Not undone: " + result.conflicts().size() + " of its rows changed since. "
                        + "Nothing was written.", NotificationVariant.LUMO_WARNING);
                return;
            }
            ToolEditor.notify("Undone: change-set " + shortId(changeSetId) + " (" + result.rowsWritten()
                    + " rows restored).", NotificationVariant.LUMO_SUCCESS);
            onChange.run();
            reload();
        } catch (EditRefused refused) {
            ToolEditor.notify("Not undone. " + refused.getMessage(), NotificationVariant.LUMO_WARNING);
        } catch (WarehouseException failed) {
            ToolEditor.notify("Not undone, nothing was written. " + failed.userMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    static String shortId(String changeSetId) {
        return changeSetId == null ? "" : changeSetId.substring(0, Math.min(8, changeSetId.length()));
    }
}
