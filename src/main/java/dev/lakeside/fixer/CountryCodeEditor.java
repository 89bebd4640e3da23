package dev.lakeside.fixer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import dev.lakeside.warehouse.WarehouseException;

import java.util.function.Consumer;

/** The side panel that edits one supplier's country code, validated before anything is written. */
class CountryCodeEditor extends VerticalLayout {

    private final SupplierService service;
    private final Consumer<Supplier> onSaved;
    private final H3 title = new H3("Fix a country code");
    private final Paragraph details = new Paragraph("Select a supplier in the grid.");
    private final TextField code = new TextField("Country code");
    private final Button save = new Button("Save");
    private final Button cancel = new Button("Cancel");
    private final Binder<CodeFix> binder = new Binder<>();
    private Supplier supplier;

    CountryCodeEditor(SupplierService service, Consumer<Supplier> onSaved) {
        this.service = service;
        this.onSaved = onSaved;
        addClassName("lakeside-editor");
        setWidth("320px");
        code.setHelperText("Two letters, ISO 3166-1 alpha-2, e.g. PL for Poland");
        code.setWidthFull();
        binder.forField(code)
                .withConverter(CountryCodes::normalize, c -> c)
                .withValidator(CountryCodes::isValid, "Not an ISO 3166-1 alpha-2 country code. Use two letters, e.g. PL.")
                .bind(CodeFix::getCountryCode, CodeFix::setCountryCode);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        // Enter saves only while typing the code, not when pressed elsewhere on the page.
        save.addClickShortcut(Key.ENTER).listenOn(code);
        cancel.addClickListener(e -> edit(supplier));
        add(title, details, code, new HorizontalLayout(save, cancel));
        edit(null);
    }

    void edit(Supplier selected) {
        supplier = selected;
        boolean editing = selected != null;
        code.setEnabled(editing);
        save.setEnabled(editing);
        cancel.setEnabled(editing);
        details.setText(editing ? selected.name() + ", " + selected.city() : "Select a supplier in the grid.");
        binder.readBean(new CodeFix(editing ? selected.countryCode() : ""));
    }

    private void save() {
        CodeFix fix = new CodeFix(supplier.countryCode());
        if (!binder.writeBeanIfValid(fix)) {
            return;
        }
        try {
            Supplier updated = service.updateCountryCode(supplier, fix.getCountryCode());
            notify("Saved: " + updated.name() + " is now " + updated.countryCode() + " ("
                    + CountryCodes.countryName(updated.countryCode()) + ").", NotificationVariant.LUMO_SUCCESS);
            edit(updated);
            onSaved.accept(updated);
        } catch (ChangeRefused refused) {
            notify(refused.getMessage(), NotificationVariant.LUMO_WARNING);
        } catch (WarehouseException failed) {
            notify("Not saved. " + failed.userMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
