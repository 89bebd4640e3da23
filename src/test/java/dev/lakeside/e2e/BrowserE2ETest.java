package dev.lakeside.e2e;

import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.TemporaryDataDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser end-to-end tests: the whole app on a random port over a fresh embedded warehouse
 * with small demo data, the live simulator and pipeline running, and a real headless Chromium per test.
 * Tagged "e2e": left out of {@code mvn test}, run with {@code mvn test -Pe2e} (docs/reliability.md).
 * All subclasses share one application context; each story reads its expectations from the warehouse
 * at the time it runs, so the order of the stories does not matter.
 */
@Tag("e2e")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lakeside.demo.suppliers=400",
        "lakeside.demo.sales=2000",
        "lakeside.demo.sensor-readings=3000",
        "lakeside.demo.taxi-trips=2000",
        "lakeside.demo.reviews=200",
        "lakeside.chat.local.docs-dir=src/test/resources/chat-docs",
        "lakeside.live.simulator.enabled=true",
        "lakeside.live.simulator.readings-per-second=50",
        "lakeside.live.pipeline.enabled=true",
        "vaadin.devmode.devTools.enabled=false",
        "vaadin.launch-browser=false"})
abstract class BrowserE2ETest {

    @RegisterExtension
    final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @Autowired
    Warehouse warehouse;

    VaadinPage page;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
    }

    @BeforeEach
    void openBrowser() {
        page = new VaadinPage(chromium.driver());
    }

    public Chromium chromium() {
        return chromium;
    }

    public VaadinPage page() {
        return page;
    }

    void open(String route) {
        page.open("http://localhost:" + port + "/" + route);
    }

    SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }

    long count(SqlBuilder query) {
        return ((Number) warehouse.query(query.build()).singleValue()).longValue();
    }
}
