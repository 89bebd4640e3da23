package dev.lakeside.jobs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** One configured job: its description, a field per parameter (pre-filled with the default) and Run. */
final class JobCard extends Div {

    private final Map<String, TextField> fields = new LinkedHashMap<>();

    JobCard(String jobKey, JobsProperties.Job job, BiConsumer<String, Map<String, String>> onRun) {
        addClassName("job-card");
        getElement().setAttribute("data-job", jobKey);
        add(new H3(job.title() == null ? jobKey : job.title()));
        if (job.description() != null) {
            add(new Paragraph(job.description()));
        }
        HorizontalLayout form = new HorizontalLayout();
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        job.parameters().forEach((name, defaultValue) -> {
            TextField field = new TextField(name);
            field.setValue(defaultValue == null ? "" : defaultValue);
            field.setPlaceholder("(all)");
            field.setMaxLength(200);
            fields.put(name, field);
            form.add(field);
        });
        Button run = new Button("Run", e -> onRun.accept(jobKey, values()));
        run.addThemeVariants(ButtonVariant.PRIMARY);
        form.add(run);
        add(form);
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, field.getValue()));
        return values;
    }
}
