package dev.lakeside.files;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.UserIdentity;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams one stored file to the browser as an attachment, straight from the volume (no copy
 * held in memory), with the content type of its checked extension.
 */
final class VolumeDownload implements DownloadHandler {

    private final FilesService service;
    private final CurrentUser currentUser;
    private final StoredFile file;

    VolumeDownload(FilesService service, CurrentUser currentUser, StoredFile file) {
        this.service = service;
        this.currentUser = currentUser;
        this.file = file;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        event.setFileName(file.name());
        event.setContentType(service.contentType(file.name()));
        // Identity mode user reads the volume with the user's token: the read runs as the requesting user.
        UserIdentity user = currentUser.get();
        try (InputStream in = CurrentUser.callAs(user, () -> service.open(file.name()))) {
            in.transferTo(event.getOutputStream());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
