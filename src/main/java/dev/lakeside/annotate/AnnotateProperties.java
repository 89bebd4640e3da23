package dev.lakeside.annotate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Labelling tasks and queue settings, under {@code lakeside.annotate}.
 *
 * @param leaseDuration     how long an item handed to an annotator stays reserved for them
 * @param retryInitialDelay wait before the first retry of a failed save; doubled each time
 * @param retryMaxDelay     the longest wait between retries
 * @param tasks             the labelling tasks by id
 */
@ConfigurationProperties("lakeside.annotate")
record AnnotateProperties(@DefaultValue("10m") Duration leaseDuration,
                          @DefaultValue("1s") Duration retryInitialDelay,
                          @DefaultValue("30s") Duration retryMaxDelay,
                          Map<String, TaskProperties> tasks) {

    AnnotateProperties {
        tasks = tasks == null ? Map.of() : tasks;
    }

    /**
     * One labelling task as configured.
     *
     * @param title        shown above the item
     * @param sourceTable  {@code schema.table} holding the items
     * @param keyColumn    the items' unique key
     * @param textColumns  columns shown as text, in order
     * @param imageColumn  a column holding an image path, or null
     * @param imageFolder  where image paths are resolved in embedded mode
     * @param question     single or multiple labels
     * @param labels       the label set; keys default to 1, 2, 3...
     * @param note         whether a free-text note can be added
     * @param rating       the highest rating (1..rating), or 0 for no rating
     * @param overlap      how many different annotators label each item
     * @param guidelines   Markdown shown beside the item
     * @param outputTable  {@code schema.table} the labels are written to
     */
    record TaskProperties(String title, String sourceTable, String keyColumn, List<String> textColumns,
                          String imageColumn, Path imageFolder, @DefaultValue("single") QuestionType question,
                          List<LabelProperties> labels, @DefaultValue("false") boolean note,
                          @DefaultValue("0") int rating, @DefaultValue("1") int overlap, String guidelines,
                          String outputTable) {
    }

    /** A label and the key that picks it. */
    record LabelProperties(String name, String key) {
    }
}
