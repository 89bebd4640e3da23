package dev.lakeside.files;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.github.mvysny.kaributesting.v10.UploadKt;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.ui.KaribuSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.servlet.http.Part;
import org.mockito.Mockito;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The Volume files tool in local mode: uploads checked on the server, listed, downloaded and deleted. */
class FilesViewTest extends KaribuSpringTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    FilesProperties properties;
    @Autowired
    AuditTrail audit;

    private Path folder;

    @BeforeEach
    void open() throws IOException {
        folder = properties.localFolder().toAbsolutePath().normalize();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        UI.getCurrent().navigate(FilesView.class);
    }

    @Test
    void uploadCsv_isListed_andDownloadsTheSameBytes() throws IOException {
        byte[] csv = "region,target\nNorth,120000\nSöuth,98000\n".getBytes(StandardCharsets.UTF_8);

        upload("targets 2026.csv", csv);

        assertThat(message()).isEqualTo("Uploaded targets 2026.csv (" + csv.length + " B).");
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("volume-files"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "name")).isEqualTo("targets 2026.csv");
        assertThat(_getFormatted(grid, 0, "size")).isEqualTo(csv.length + " B");
        assertThat(Files.readAllBytes(folder.resolve("targets 2026.csv"))).isEqualTo(csv);
        // Karibu renders a grid's component cells detached; attach the cell so its download link is served.
        Component actions = actions(grid);
        UI.getCurrent().add(actions);
        Anchor download = _get(actions, Anchor.class, spec -> spec.withText("Download"));
        assertThat(_download(download)).isEqualTo(csv);
        assertThat(audit.history("files", folder + "/targets 2026.csv", 5)).extracting(r -> r.entry().newValue())
                .containsExactly("uploaded " + csv.length + " bytes");
    }

    @Test
    void uploadPng_thenDelete_removesItFromListAndFolder() {
        upload("chart.png", PNG);
        assertThat(Files.exists(folder.resolve("chart.png"))).isTrue();

        _click(_get(actions(_get(Grid.class, spec -> spec.withClasses("volume-files"))), Button.class,
                spec -> spec.withText("Delete")));

        assertThat(message()).isEqualTo("Deleted chart.png.");
        assertThat(_size(_get(Grid.class, spec -> spec.withClasses("volume-files")))).isZero();
        assertThat(Files.exists(folder.resolve("chart.png"))).isFalse();
    }

    @Test
    void fileOverTheSizeLimit_isRefused_andNothingIsStored() {
        byte[] big = new byte[(int) properties.maxFileSize().toBytes() + 1];
        Arrays.fill(big, (byte) 'a');

        upload("big.txt", big);

        assertThat(message()).isEqualTo("\"big.txt\" is larger than the 50 MB limit.");
        assertNothingStored();
    }

    @Test
    void wrongTypes_areRefused_byExtensionAndByContent() {
        upload("tool.exe", "MZ...".getBytes(StandardCharsets.US_ASCII));
        assertThat(message()).isEqualTo("\"tool.exe\" is not an accepted type; accepted: csv, json, txt, png, jpg, jpeg, pdf.");

        upload("photo.png", "not an image".getBytes(StandardCharsets.US_ASCII));
        assertThat(message()).isEqualTo("The content of \"photo.png\" does not look like PNG;"
                + " files must be what their extension says.");

        upload("notes.txt", "  <html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        assertThat(message()).startsWith("The content of \"notes.txt\" does not look like TXT");

        upload("data.json", "region,target".getBytes(StandardCharsets.US_ASCII));
        assertThat(message()).startsWith("The content of \"data.json\" does not look like JSON");
        assertNothingStored();
    }

    @Test
    void pathTraversalAndControlCharacterNames_areRefused_andNothingLeavesTheFolder() {
        for (String name : List.of("../escape.csv", "..\\escape.csv", "sub/escape.csv", "/etc/escape.csv",
                "C:escape.csv", "escape\u0000.csv", "escape\n.csv", "..", ".hidden.csv", "escape.csv.")) {
            upload(name, "a,b\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(message()).as(name).startsWith("File names cannot");
        }
        assertNothingStored();
        assertThat(Files.exists(folder.getParent().resolve("escape.csv"))).isFalse();
    }

    @Test
    void uploadRequest_runsWithoutTheSessionLock_likeInABrowser_andStillKnowsTheUser() throws IOException {
        Upload upload = _get(Upload.class);
        VaadinSession session = VaadinSession.getCurrent();
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        Part part = Mockito.mock(Part.class);
        Mockito.when(part.getInputStream()).thenReturn(new ByteArrayInputStream(csv));
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(), session,
                "unlocked.csv", csv.length, "text/csv", upload.getElement(), part);

        UploadHandler handler = UploadKt.get_handler(upload);
        session.unlock();
        try {
            assertThat(session.hasLock()).isFalse();
            handler.handleUploadRequest(event);
        } finally {
            session.lock();
        }
        MockVaadin.clientRoundtrip(false);

        assertThat(message()).isEqualTo("Uploaded unlocked.csv (8 B).");
        assertThat(Files.readAllBytes(folder.resolve("unlocked.csv"))).isEqualTo(csv);
        assertThat(audit.history("files", folder + "/unlocked.csv", 5)).extracting(r -> r.entry().userId())
                .containsExactly("local.developer@lakeside.dev");
    }

    private void upload(String name, byte[] bytes) {
        _upload(_get(Upload.class), name, "application/octet-stream", bytes);
        MockVaadin.clientRoundtrip(false);
    }

    private static Component actions(Grid<?> grid) {
        return _getCellComponent(grid, 0, "actions");
    }

    private String message() {
        return _get(Span.class, spec -> spec.withClasses("files-message")).getText();
    }

    private void assertNothingStored() {
        assertThat(_size(_get(Grid.class, spec -> spec.withClasses("volume-files")))).isZero();
        try (Stream<Path> files = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            assertThat(files.toList()).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
