package dev.lakeside.explore;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.RowSink;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Serves the explored table, with its filters and sort, as CSV. Rows go from the warehouse's
 * streaming read straight into the response through a small buffer, so an export of any size
 * holds a few kilobytes, never the result. A client that goes away stops the query.
 */
final class CsvDownload implements DownloadHandler {

    private static final int BUFFER_CHARS = 64 * 1024;

    private final ExploreService service;
    private final Supplier<ExploreView.Shown> shown;

    /** @param shown what the view shows at the moment the download is requested */
    CsvDownload(ExploreService service, Supplier<ExploreView.Shown> shown) {
        this.service = service;
        this.shown = shown;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        ExploreView.Shown current = shown.get();
        event.setFileName(current.schema().name() + ".csv");
        event.setContentType("text/csv; charset=utf-8");
        write(service, current.schema(), current.state(), event.getOutputStream());
    }

    /** Writes header and rows to {@code out}; returns the number of rows written. */
    static long write(ExploreService service, TableSchema schema, ExploreState state, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            long rows = service.export(schema, state, new QueryHandle(), new CsvSink(printer));
            printer.flush();
            return rows;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Prints each row as it arrives. */
    private record CsvSink(CSVPrinter printer) implements RowSink {

        @Override
        public void columns(List<ColumnInfo> columns) throws IOException {
            printer.printRecord(columns.stream().map(c -> cell(c.name())).toList());
        }

        @Override
        public void row(Row row) throws IOException {
            List<Object> values = row.values();
            List<Object> cells = new ArrayList<>(values.size());
            for (Object value : values) {
                cells.add(cell(value));
            }
            printer.printRecord(cells);
        }
    }

    /**
     * The CSV text of one value. Text starting with = + - @ tab or CR would run as a formula when the file
     * is opened in a spreadsheet, so it gets a leading single quote; numbers (negative ones too) stay as they are.
     */
    static Object cell(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
