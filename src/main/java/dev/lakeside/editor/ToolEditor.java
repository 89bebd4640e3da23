package dev.lakeside.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.lakeside.warehouse.WarehouseException;

import java.util.Locale;

/** One configured editor: search, the lazy grid, the row form and the pending change-set's actions. */
class ToolEditor extends VerticalLayout {

    private final EditorTool tool;
    private final EditorServices services;
    private final PendingChanges pending;
    private final boolean mayEdit;
    private final TextField search = new TextField();
    private final Checkbox onlyInvalid = new Checkbox();
    private final Span matches = new Span();
    private final Span pendingSummary = new Span();
    private final Button save = new Button("Save changes", VaadinIcon.CHECK.create());
    private final Button discard = new Button("Discard changes");
    private final EditorGrid grid;
    private final RowForm form;

    ToolEditor(EditorTool tool, EditorServices services, String initialSearch) {
        this.tool = tool;
        this.services = services;
        this.pending = new PendingChanges(tool);
        this.mayEdit = services.editor().mayEdit(tool);
        setPadding(false);
        setSizeFull();
        this.grid = new EditorGrid(tool, services.editor(), pending, this::currentSearch);
        this.form = new RowForm(tool, services, pending, mayEdit, this::changed);
        add(new H2(tool.title()));
        if (tool.description() != null) {
            add(new Paragraph(tool.description()));
        }
        if (!mayEdit) {
            Span readOnly = new Span("Read-only: you may look but not change this table.");
            readOnly.addClassName("lakeside-read-only");
            add(readOnly);
        }
        add(toolbar(), actions());
        grid.asSingleSelect().addValueChangeListener(e -> form.edit(e.getValue()));
        HorizontalLayout body = new HorizontalLayout(grid, form);
        body.setSizeFull();
        body.setFlexGrow(1, grid);
        addAndExpand(body);
        search.setValue(initialSearch);
        changed();
    }

    void showSearch(String text) {
        if (!text.equals(search.getValue())) {
            search.setValue(text);
        }
    }

    private HorizontalLayout toolbar() {
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (tool.searchColumn() != null) {
            search.setLabel("Search " + Headers.of(tool.searchColumn()).toLowerCase(Locale.ROOT));
            search.setPrefixComponent(VaadinIcon.SEARCH.create());
            search.setClearButtonVisible(true);
            search.setValueChangeMode(ValueChangeMode.LAZY);
            search.addValueChangeListener(e -> {
                refresh();
                if (e.isFromClient()) {
                    keepSearchInUrl(e.getValue());
                }
            });
            toolbar.add(search);
        }
        ruledColumn().ifPresent(column -> {
            onlyInvalid.setLabel("Only invalid " + Headers.of(column).toLowerCase(Locale.ROOT) + " values");
            onlyInvalid.addValueChangeListener(e -> refresh());
            toolbar.add(onlyInvalid);
        });
        matches.addClassName("lakeside-hint");
        toolbar.add(matches);
        return toolbar;
    }

    private HorizontalLayout actions() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        discard.addClickListener(e -> {
            pending.clear();
            form.edit(null);
            changed();
        });
        Button history = new Button("History", VaadinIcon.TIME_BACKWARD.create(),
                e -> new HistoryDialog(tool, services, null, this::changed).open());
        HorizontalLayout actions = new HorizontalLayout(save, discard, history);
        if (tool.allowInsert() && mayEdit) {
            actions.add(new Button("Add row", VaadinIcon.PLUS.create(), e -> form.startInsert()));
        }
        tool.editableColumns().stream().filter(c -> tool.rule(c).hasAllowedValues()).forEach(column -> {
            Button cleanUp = new Button("Clean up " + Headers.of(column).toLowerCase(Locale.ROOT), VaadinIcon.MAGIC.create(),
                    e -> new BulkFixDialog(tool, column, services, this::changed).open());
            cleanUp.setEnabled(mayEdit);
            actions.add(cleanUp);
        });
        pendingSummary.addClassName("lakeside-pending-summary");
        actions.add(pendingSummary);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void save() {
        try {
            SaveResult result = services.editor().save(pending);
            if (result.hasConflicts()) {
                new ConflictDialog(tool, result.conflicts(), pending, this::changed).open();
                return;
            }
            pending.clear();
            form.edit(null);
            notify("Saved " + result.rowsWritten() + (result.rowsWritten() == 1 ? " row." : " rows."),
                    NotificationVariant.LUMO_SUCCESS);
            changed();
        } catch (EditRefused refused) {
            notify("Not saved. " + refused.getMessage(), NotificationVariant.LUMO_WARNING);
        } catch (WarehouseException failed) {
            notify("Not saved, nothing was written. " + failed.userMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    /** Called after anything that changes the rows or the pending changes. */
    private void changed() {
        refresh();
        int rows = pending.size();
        pendingSummary.setText(rows == 0 ? "No unsaved changes"
                : rows + (rows == 1 ? " row changed, not saved yet" : " rows changed, not saved yet"));
        save.setEnabled(mayEdit && rows > 0);
        discard.setEnabled(rows > 0);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        int count = services.editor().count(tool, currentSearch());
        matches.setText(count == 1 ? "1 row" : String.format("%,d rows", count));
    }

    private java.util.Optional<String> ruledColumn() {
        return tool.columns().stream().filter(c -> tool.rule(c).hasAllowedValues()).findFirst();
    }

    private EditorSearch currentSearch() {
        return new EditorSearch(search.getValue(), onlyInvalid.getValue() ? ruledColumn().orElse(null) : null);
    }

    /** Updates the address bar so the search can be shared as a link, without navigating again. */
    private void keepSearchInUrl(String text) {
        QueryParameters parameters = text.isBlank() ? QueryParameters.empty() : QueryParameters.of("q", text);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(tool.path(), parameters)));
    }

    static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
