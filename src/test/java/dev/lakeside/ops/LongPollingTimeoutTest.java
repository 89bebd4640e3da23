package dev.lakeside.ops;

import com.vaadin.flow.server.VaadinServlet;
import dev.lakeside.warehouse.TemporaryDataDir;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Push falling back to long polling must answer each poll well before the Databricks Apps proxy cuts the
 * request at 120 s: the suspend timeout Vaadin's push handler reads from the running servlet's configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lakeside.demo.suppliers=400", "lakeside.demo.sales=2000", "lakeside.demo.sensor-readings=3000",
        "lakeside.demo.taxi-trips=2000", "lakeside.demo.reviews=200",
        "lakeside.live.simulator.enabled=false", "lakeside.live.pipeline.enabled=false"})
class LongPollingTimeoutTest {

    @LocalServerPort
    int port;
    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
    }

    @Test
    void runningVaadinServlet_suspendsLongPollsForAtMostSixtySeconds() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) { // the first request initialises the servlet
            client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        VaadinServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();

        // The property PushRequestHandler reads (default -1: never answered until there is something to push).
        String timeout = vaadin.getService().getDeploymentConfiguration().getStringProperty("pushLongPollingSuspendTimeout", "-1");

        assertThat(Integer.parseInt(timeout)).isBetween(1, 60_000);
    }
}
