package dev.lakeside.files;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.ui.MainLayout;
import dev.lakeside.ui.ToolDescription;
import dev.lakeside.warehouse.WarehouseException;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Upload files to the configured volume (or local folder), list them, download or delete them. */
@Route(value = "files", layout = MainLayout.class)
@PageTitle("Volume files · Lakeside")
@Menu(order = 81, title = "Volume files", icon = "vaadin:folder-open-o")
@ToolDescription("Upload files to a Unity Catalog volume (locally: a folder), with size and type checks, and download them again.")
@StyleSheet("actions.css")
public class FilesView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final FilesService service;
    private final CurrentUser currentUser;
    private final Grid<StoredFile> files = new Grid<>();
    private final Span message = new Span();

    public FilesView(FilesService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
        setSizeFull();
        Span mode = new Span(service.label());
        mode.addClassName("action-mode");
        mode.getElement().setAttribute("data-mode", service.label());
        HorizontalLayout title = new HorizontalLayout(new H2("Volume files"), mode);
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph where = new Paragraph("Files go to " + service.location() + ". Accepted: "
                + String.join(", ", service.allowedTypes()) + ", up to " + megabytes(service.maxBytes())
                + "; the content must match the extension.");
        where.addClassName("action-note");

        Upload upload = new Upload(new VolumeUpload(service, currentUser, this::uploaded));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, service.maxBytes()));
        upload.setAcceptedFileTypes(service.allowedTypes().stream().map(t -> "." + t).toArray(String[]::new));
        upload.addFileRejectedListener(e -> show(e.getErrorMessage() + " (" + e.getFileName() + ")", false));
        message.addClassName("files-message");

        files.addClassName("volume-files");
        files.addColumn(StoredFile::name).setKey("name").setHeader("Name").setSortable(true).setFlexGrow(1);
        files.addColumn(f -> size(f.size())).setKey("size").setHeader("Size").setAutoWidth(true).setFlexGrow(0);
        files.addColumn(f -> f.modified() == null ? "–" : TIME.format(f.modified())).setKey("modified").setHeader("Modified")
                .setAutoWidth(true).setFlexGrow(0);
        files.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        files.setWidthFull();
        add(title, where, upload, message, files);
        setFlexGrow(1, files);
        refresh();
    }

    private HorizontalLayout actions(StoredFile file) {
        Anchor download = new Anchor(new VolumeDownload(service, currentUser, file), AttachmentType.DOWNLOAD, "Download");
        download.addClassName("download-" + file.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        Button delete = new Button("Delete", e -> delete(file));
        delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(download, delete);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void uploaded(StoredFile file, String refusal) {
        if (refusal != null) {
            show(refusal, false);
            return;
        }
        show("Uploaded " + file.name() + " (" + size(file.size()) + ").", true);
        refresh();
    }

    private void delete(StoredFile file) {
        try {
            service.delete(file.name());
            show("Deleted " + file.name() + ".", true);
        } catch (FileRefused | WarehouseException | java.io.UncheckedIOException e) {
            show(e instanceof WarehouseException w ? w.userMessage() : "Could not delete: " + e.getMessage(), false);
        }
        refresh();
    }

    private void refresh() {
        try {
            files.setItems(service.list());
        } catch (WarehouseException | java.io.UncheckedIOException e) {
            show(e instanceof WarehouseException w ? w.userMessage() : "Could not list the files: " + e.getMessage(), false);
        }
    }

    private void show(String text, boolean ok) {
        message.setText(text);
        message.getElement().setAttribute("data-kind", ok ? "ok" : "error");
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : megabytes(bytes);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
