package dev.lakeside.files;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * Receives each uploaded file on the upload request's thread and streams it to {@link FilesService};
 * the outcome (the stored file, or a sentence saying why not) goes back to the view through
 * {@link UI#access}, and a refused file is also marked rejected in the browser's upload list.
 */
final class VolumeUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(VolumeUpload.class);

    private final FilesService service;
    private final CurrentUser currentUser;
    private final BiConsumer<StoredFile, String> outcome;

    /** @param outcome told (stored file, null) on success or (null, message) on refusal, under the UI's lock */
    VolumeUpload(FilesService service, CurrentUser currentUser, BiConsumer<StoredFile, String> outcome) {
        this.service = service;
        this.currentUser = currentUser;
        this.outcome = outcome;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        StoredFile stored = null;
        String refusal;
        try {
            // Upload requests run without the session lock; CurrentUser resolves the user from the request.
            UserIdentity user = currentUser.get();
            stored = CurrentUser.callAs(user, () -> service.upload(event.getFileName(), event.getInputStream()));
            refusal = null;
        } catch (FileRefused e) {
            refusal = e.getMessage();
        } catch (WarehouseException e) {
            refusal = e.userMessage();
        } catch (Exception e) {
            log.warn("Storing upload {} failed", event.getFileName(), e);
            refusal = "The file could not be stored: " + e.getMessage();
        }
        if (refusal != null) {
            event.reject(refusal);
        }
        StoredFile file = stored;
        String message = refusal;
        ui.access(() -> outcome.accept(file, message));
    }
}
