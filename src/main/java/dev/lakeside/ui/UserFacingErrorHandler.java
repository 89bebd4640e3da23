package dev.lakeside.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an error no view caught (a grid page that timed out, a warehouse that went away) into a
 * message a user can act on, instead of Vaadin's stack trace; the details go to the log.
 */
class UserFacingErrorHandler implements ErrorHandler {

    static final String GENERIC_MESSAGE = "Something went wrong. It has been logged; please try again.";
    private static final Logger log = LoggerFactory.getLogger(UserFacingErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        WarehouseException warehouseError = warehouseCause(error);
        String message = warehouseError != null ? warehouseError.userMessage() : GENERIC_MESSAGE;
        log.error("Unhandled error in the UI: {}", message, error);
        if (UI.getCurrent() != null) {
            Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static WarehouseException warehouseCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof WarehouseException w) {
                return w;
            }
        }
        return null;
    }
}
