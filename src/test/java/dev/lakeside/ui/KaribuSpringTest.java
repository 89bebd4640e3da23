package dev.lakeside.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import dev.lakeside.warehouse.TemporaryDataDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for UI tests: the whole Spring application on a fresh embedded warehouse with small demo
 * data, and Karibu driving real views server-side (no browser). One context is shared by all
 * subclasses with the same settings, so tests must not depend on each other's writes.
 */
@SpringBootTest(properties = {
        "lakeside.demo.suppliers=400",
        "lakeside.demo.sales=2000",
        "lakeside.demo.sensor-readings=3000",
        "lakeside.demo.taxi-trips=2000",
        "lakeside.demo.reviews=200",
        "lakeside.chat.local.docs-dir=src/test/resources/chat-docs"})
public abstract class KaribuSpringTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("dev.lakeside");

    @Autowired
    protected ApplicationContext context;

    /** Runs once per application context, so every context gets a warehouse file of its own. */
    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
    }

    @BeforeEach
    void startVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }
}
