package dev.lakeside.annotate;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The labelling tasks from configuration, validated once at start-up. */
@Component
class TaskCatalog {

    private final List<LabelTask> tasks;

    TaskCatalog(AnnotateProperties properties) {
        List<LabelTask> validated = new ArrayList<>();
        for (Map.Entry<String, AnnotateProperties.TaskProperties> entry : properties.tasks().entrySet()) {
            validated.add(LabelTask.from(entry.getKey(), entry.getValue()));
        }
        validated.sort(java.util.Comparator.comparing(LabelTask::title));
        this.tasks = List.copyOf(validated);
    }

    List<LabelTask> all() {
        return tasks;
    }

    Optional<LabelTask> find(String id) {
        return tasks.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    LabelTask get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("No labelling task " + id));
    }
}
