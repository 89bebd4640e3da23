package dev.lakeside.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Installs {@link UserFacingErrorHandler} in every Vaadin session. */
@Component
class ErrorHandlingSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UserFacingErrorHandler()));
    }
}
