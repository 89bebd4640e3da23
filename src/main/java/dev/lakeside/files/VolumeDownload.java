package dev.lakeside.files;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams one stored file to the browser as an attachment, straight from the volume (no copy
 * held in memory), with the content type of its checked extension.
 */
final class VolumeDownload implements DownloadHandler {

    private final FilesService service;
    private final StoredFile file;

    VolumeDownload(FilesService service, StoredFile file) {
        this.service = service;
        this.file = file;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName(file.name());
        event.setContentType(service.contentType(file.name()));
        try (InputStream in = service.open(file.name())) {
            in.transferTo(event.getOutputStream());
        }
    }
}
