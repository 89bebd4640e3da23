package dev.lakeside.annotate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteConfiguration;

import java.util.List;

/** Switches between tasks by navigating to the same view for another task; hidden with only one task. */
class TaskPicker extends Select<LabelTask> {

    TaskPicker(List<LabelTask> tasks, Class<? extends Component> view) {
        setLabel("Task");
        setItems(tasks);
        setItemLabelGenerator(LabelTask::title);
        setVisible(tasks.size() > 1);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(RouteConfiguration.forSessionScope().getUrl(view) + "/" + e.getValue().id()));
            }
        });
    }
}
