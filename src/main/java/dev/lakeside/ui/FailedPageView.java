package dev.lakeside.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import dev.lakeside.warehouse.WarehouseException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown instead of Vaadin's internal-error page when opening a view fails (its warehouse query
 * timed out, the warehouse is down): the user reads what happened and can try again, while the
 * exception, its SQL and any file paths go only to the log. Not-found addresses keep Vaadin's page.
 */
@ParentLayout(MainLayout.class)
public class FailedPageView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(FailedPageView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        WarehouseException warehouseError = UserFacingErrorHandler.warehouseCause(parameter.getCaughtException());
        String message = warehouseError != null ? warehouseError.userMessage() : UserFacingErrorHandler.GENERIC_MESSAGE;
        log.error("Opening /{} failed: {}", event.getLocation().getPathWithQueryParameters(), message,
                parameter.getCaughtException());
        removeAll();
        addClassName("lakeside-view");
        Anchor retry = new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again");
        retry.getElement().setAttribute("router-ignore", true);
        add(new H2("This page could not be opened"), new Paragraph(message), retry, new Anchor("", "Start page"));
        boolean transientFailure = warehouseError != null && (warehouseError.reason() == WarehouseException.Reason.UNAVAILABLE
                || warehouseError.reason() == WarehouseException.Reason.TIMEOUT);
        return transientFailure ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
