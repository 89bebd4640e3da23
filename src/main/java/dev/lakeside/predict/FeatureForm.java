package dev.lakeside.predict;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A form with one number field per model input, built from the schema. The binder refuses missing,
 * out-of-range and (for whole-number inputs) fractional values before anything is sent to the model.
 */
class FeatureForm extends VerticalLayout {

    /** What the binder writes into: the values by input name. A fresh one per submit. */
    static final class Values {
        private final Map<String, Double> byName = new HashMap<>();

        Map<String, Double> asMap() {
            return Map.copyOf(byName);
        }
    }

    private final Binder<Values> binder = new Binder<>();
    private final Button predict = new Button("Predict");

    FeatureForm(InputSchema schema, Consumer<Map<String, Double>> onPredict) {
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (InputField input : schema.fields()) {
            NumberField field = new NumberField(input.label());
            field.setMin(input.min());
            field.setMax(input.max());
            String range = input.label() + " must be between " + InputField.format(input.min()) + " and "
                    + InputField.format(input.max());
            // The field checks min, max and step itself before the binder does: give it the same words.
            field.setI18n(new NumberField.NumberFieldI18n().setMinErrorMessage(range).setMaxErrorMessage(range)
                    .setRequiredErrorMessage(input.label() + " is required")
                    .setBadInputErrorMessage(input.label() + " must be a number")
                    .setStepErrorMessage(input.label() + " must be a whole number"));
            if (input.type() == InputField.Type.INTEGER) {
                field.setStep(1);
                field.setStepButtonsVisible(true);
            }
            field.setHelperText(InputField.format(input.min()) + " to " + InputField.format(input.max()));
            binder.forField(field).asRequired(input.label() + " is required")
                    .withValidator((value, context) -> {
                        String problem = input.problem(value);
                        return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
                    })
                    .bind(values -> values.byName.get(input.name()), (values, value) -> values.byName.put(input.name(), value));
            fields.add(field);
        }
        predict.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        predict.addClickListener(event -> {
            Values values = new Values();
            if (binder.writeBeanIfValid(values)) {
                onPredict.accept(values.asMap());
            }
        });
        setPadding(false);
        setMaxWidth("36em");
        add(fields, predict);
    }

    void setPredictEnabled(boolean enabled) {
        predict.setEnabled(enabled);
    }
}
