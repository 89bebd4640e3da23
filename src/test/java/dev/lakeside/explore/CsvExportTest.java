package dev.lakeside.explore;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest extends ExploreStory {

    @Test
    void exportOfAMillionRows_streamsEveryRow_writingWhileReading() throws IOException {
        run("CREATE OR REPLACE TABLE main.export_big AS SELECT range AS id, 'name ' || range AS name,"
                + " (range * 0.5)::DECIMAL(12,2) AS amount,"
                + " CASE WHEN range % 1000 = 7 THEN 'say \"hi\", ok' ELSE 'plain' END AS note FROM range(1000000)");
        open("table=main.export_big&sort=id");

        CsvLines csv = new CsvLines(warehouse);
        download(_get(Anchor.class, spec -> spec.withText("Export CSV")), csv);

        assertThat(csv.lines).isEqualTo(1_000_001);
        assertThat(csv.header).isEqualTo("id,name,amount,note");
        assertThat(csv.sample).isEqualTo("7,name 7,3.50,\"say \"\"hi\"\", ok\"");
        assertThat(csv.last).isEqualTo("999999,name 999999,499999.50,plain");
        // The first bytes left before the warehouse had read all rows: nothing held the whole result.
        assertThat(csv.rowsReadAtFirstWrite).isPositive().isLessThan(100_000);
        assertThat(warehouse.last("\"export_big\"").sql()).doesNotContain("LIMIT");
    }

    /** Runs the anchor's download handler as the servlet would, into a response that counts lines. */
    private static void download(Anchor anchor, CsvLines csv) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        StreamResourceRegistry.ElementStreamResource resource = session.getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(anchor.getHref()))
                .orElseThrow();
        MockHttpServletResponse servletResponse = new MockHttpServletResponse() {
            @Override
            public ServletOutputStream getOutputStream() {
                return csv;
            }
        };
        VaadinServletResponse response = new VaadinServletResponse(servletResponse,
                (VaadinServletService) VaadinService.getCurrent());
        resource.getElementRequestHandler().handleRequest(VaadinRequest.getCurrent(), response, session,
                resource.getOwner());
        assertThat(servletResponse.getContentType()).startsWith("text/csv");
    }

    /** Keeps the line count, the header, the line of id 7 and the last line; holds nothing else. */
    private static final class CsvLines extends ServletOutputStream {
        private final RecordingWarehouse warehouse;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        long lines;
        long rowsReadAtFirstWrite = -1;
        String header;
        String sample;
        String last;

        CsvLines(RecordingWarehouse warehouse) {
            this.warehouse = warehouse;
        }

        @Override
        public void write(int b) {
            if (rowsReadAtFirstWrite < 0) {
                rowsReadAtFirstWrite = warehouse.streamedRows.get();
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).stripTrailing();
                lines++;
                if (lines == 1) {
                    header = text;
                } else if (lines == 9) {
                    sample = text;
                }
                last = text;
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    }
}
