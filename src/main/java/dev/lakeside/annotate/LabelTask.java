package dev.lakeside.annotate;

import dev.lakeside.warehouse.Identifiers;
import dev.lakeside.warehouse.TableName;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A validated labelling task: every table and column name has passed {@link Identifiers}, so
 * the queue can put them into SQL text.
 *
 * @param id          the task's id in configuration and in the output table
 * @param imageColumn a column holding an image path, or null
 * @param imageFolder where image paths are resolved, or null
 * @param ratingMax   the highest rating, or 0 when the task asks for none
 */
record LabelTask(String id, String title, TableName source, String keyColumn, List<String> textColumns,
                 String imageColumn, Path imageFolder, QuestionType question, List<LabelOption> labels,
                 boolean note, int ratingMax, int overlap, String guidelines, TableName output) {

    LabelTask {
        Identifiers.requireValid(keyColumn);
        textColumns = List.copyOf(textColumns);
        textColumns.forEach(Identifiers::requireValid);
        if (imageColumn != null) {
            Identifiers.requireValid(imageColumn);
        }
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("Task " + id + " has no labels");
        }
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (LabelOption label : labels) {
            if (!keys.add(label.key()) || !names.add(label.name())) {
                throw new IllegalArgumentException("Task " + id + " repeats the label or key of " + label.name());
            }
        }
        if (overlap < 1 || overlap > 20) {
            throw new IllegalArgumentException("Task " + id + ": overlap must be 1..20 but is " + overlap);
        }
        if (ratingMax < 0 || ratingMax > 10) {
            throw new IllegalArgumentException("Task " + id + ": rating must be 0..10 but is " + ratingMax);
        }
        guidelines = guidelines == null ? "" : guidelines;
    }

    static LabelTask from(String id, AnnotateProperties.TaskProperties p) {
        if (p.sourceTable() == null || p.keyColumn() == null || p.outputTable() == null) {
            throw new IllegalArgumentException("Task " + id + " needs source-table, key-column and output-table");
        }
        List<LabelOption> labels = new ArrayList<>();
        List<AnnotateProperties.LabelProperties> configured = p.labels() == null ? List.of() : p.labels();
        for (int i = 0; i < configured.size(); i++) {
            AnnotateProperties.LabelProperties label = configured.get(i);
            labels.add(new LabelOption(label.name(), label.key() == null ? Integer.toString(i + 1) : label.key()));
        }
        return new LabelTask(id, p.title() == null ? id : p.title(), TableName.parse(p.sourceTable()), p.keyColumn(),
                p.textColumns() == null ? List.of() : p.textColumns(), p.imageColumn(), p.imageFolder(),
                p.question(), labels, p.note(), p.rating(), p.overlap(), p.guidelines(),
                TableName.parse(p.outputTable()));
    }

    /** Every column an item is read with: the key first, then what is shown. */
    List<String> itemColumns() {
        List<String> columns = new ArrayList<>();
        columns.add(keyColumn);
        textColumns.stream().filter(c -> !c.equals(keyColumn)).forEach(columns::add);
        if (imageColumn != null && !columns.contains(imageColumn)) {
            columns.add(imageColumn);
        }
        return columns;
    }

    Optional<LabelOption> labelForKey(String key) {
        return labels.stream().filter(l -> l.key().equalsIgnoreCase(key)).findFirst();
    }

    boolean hasLabel(String name) {
        return labels.stream().anyMatch(l -> l.name().equals(name));
    }
}
