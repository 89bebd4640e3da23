package dev.lakeside.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class UserFacingErrorHandlerTest extends KaribuSpringTest {

    private static String shownMessage() {
        return getNotifications().getLast().getElement().getProperty("text", "");
    }

    @Test
    void warehouseTimeoutInsideAnotherError_showsTheActionableMessage() {
        WarehouseException timeout = new WarehouseException(WarehouseException.Reason.TIMEOUT,
                "Query exceeded 30 s: SELECT ...", null);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException("grid fetch", timeout)));

        assertThat(shownMessage()).isEqualTo(WarehouseException.Reason.TIMEOUT.userMessage()).doesNotContain("SELECT");
    }

    @Test
    void unexpectedError_showsGenericMessageWithoutDetails() {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("secret internals")));

        assertThat(shownMessage()).isEqualTo(UserFacingErrorHandler.GENERIC_MESSAGE);
    }
}
