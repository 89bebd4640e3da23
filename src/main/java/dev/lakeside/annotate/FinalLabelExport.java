package dev.lakeside.annotate;

import dev.lakeside.warehouse.Row;
import org.springframework.stereotype.Service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Streams a task's final labels as CSV or JSON Lines, a page of rows at a time, so an export
 * never holds the whole task in memory. An item's final label is the adjudicated one, else the
 * label every annotator gave once it has all the labels the task asks for; items still in
 * disagreement are left out until adjudicated.
 */
@Service
class FinalLabelExport {

    /** The file formats offered. */
    enum Format {
        CSV("text/csv", "csv"), JSON_LINES("application/x-ndjson", "jsonl");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final int PAGE = 2000;

    private final AnnotationTables tables;
    private final LabelDatabase labels;

    FinalLabelExport(AnnotationTables tables, LabelDatabase labels) {
        this.tables = tables;
        this.labels = labels;
    }

    void write(LabelTask task, Format format, OutputStream out) throws IOException {
        tables.ensure(task);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format == Format.CSV) {
            writer.write("item_key,final_label,decided_by,annotations\n");
        }
        for (long offset = 0; ; offset += PAGE) {
            List<Row> rows = labels.database().query(page(task, offset)).rows();
            for (Row row : rows) {
                String key = row.getString("item_key");
                String label = row.getString("final_label");
                String decidedBy = row.getString("decided_by");
                long annotations = row.getLong("annotations");
                writer.write(format == Format.CSV
                        ? csv(key) + "," + csv(label) + "," + csv(decidedBy) + "," + annotations + "\n"
                        : "{\"item_key\":" + json(key) + ",\"final_label\":" + json(label) + ",\"decided_by\":"
                          + json(decidedBy) + ",\"annotations\":" + annotations + "}\n");
            }
            writer.flush();
            if (rows.size() < PAGE) {
                return;
            }
        }
    }

    private dev.lakeside.warehouse.SqlStatement page(LabelTask task, long offset) {
        return labels.sql()
                .sql("SELECT a.item_key, coalesce(f.final_label, a.label) AS final_label,")
                .sql(" CASE WHEN f.final_label IS NULL THEN 'agreement' ELSE 'adjudicated' END AS decided_by,")
                .sql(" a.n AS annotations FROM (SELECT item_key, count(*) AS n, count(DISTINCT label) AS distinct_labels,")
                .sql(" min(label) AS label FROM ").table(labels.answers(task)).sql(" WHERE task_id = ").value(task.id())
                .sql(" GROUP BY item_key) a LEFT JOIN ").table(labels.finalLabels())
                .sql(" f ON f.task_id = ").value(task.id()).sql(" AND f.item_key = a.item_key")
                .sql(" WHERE f.final_label IS NOT NULL OR (a.distinct_labels = 1 AND a.n >= ").value(task.overlap())
                .sql(") ORDER BY a.item_key LIMIT ").integer(PAGE).sql(" OFFSET ").integer(offset).build();
    }

    /** Quotes every field and defuses a leading formula character for spreadsheets. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
