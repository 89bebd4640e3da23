package dev.lakeside.annotate;

import java.util.List;

/**
 * What an annotator answered for one item.
 *
 * @param labels the picked labels (one for a single-label task)
 * @param note   a free-text note, or null
 * @param rating the rating, or null
 */
record Answer(List<String> labels, String note, Integer rating) {

    Answer {
        labels = labels.stream().sorted().distinct().toList();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** The labels as one column value: sorted and joined with '|', so equal sets compare equal. */
    String labelValue() {
        return String.join("|", labels);
    }

    static Answer fromLabelValue(String value, String note, Integer rating) {
        return new Answer(value == null || value.isEmpty() ? List.of() : List.of(value.split("\\|")), note, rating);
    }
}
