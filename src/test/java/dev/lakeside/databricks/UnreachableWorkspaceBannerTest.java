package dev.lakeside.databricks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import dev.lakeside.ui.KaribuSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The app started in mode databricks while its workspace cannot be reached: the first page says so in words. */
@TestPropertySource(properties = {
        "lakeside.warehouse.mode=databricks",
        "lakeside.identity.mode=app",
        "lakeside.databricks.warehouse-id=wh-down",
        "lakeside.databricks.token=local-dev-token",
        "lakeside.databricks.client-id=",
        "lakeside.databricks.client-secret="})
class UnreachableWorkspaceBannerTest extends KaribuSpringTest {

    private static final int CLOSED_PORT = closedPort();

    @DynamicPropertySource
    static void unreachableHost(DynamicPropertyRegistry registry) {
        registry.add("lakeside.databricks.host", () -> "http://localhost:" + CLOSED_PORT);
    }

    @Test
    void openHome_workspaceUnreachable_headerSaysWhatIsWrong() {
        context.getBean(WarehouseReadiness.class).health(); // what the check started at ApplicationReadyEvent finds

        UI.getCurrent().navigate("");

        Span notice = _get(Span.class, spec -> spec.withClasses("lakeside-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Lakeside cannot use Databricks right now.")
                .contains("http://localhost:" + CLOSED_PORT + " cannot be reached (the connection was refused)").contains("DATABRICKS_HOST");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
