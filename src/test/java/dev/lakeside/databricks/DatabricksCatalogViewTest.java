package dev.lakeside.databricks;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import dev.lakeside.ui.KaribuSpringTest;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog browser, running in Databricks mode on behalf of the signed-in user: the view lists
 * Unity Catalog from the fake workspace, and every call carries the token the proxy forwarded.
 */
@TestPropertySource(properties = {
        "lakeside.warehouse.mode=databricks",
        "lakeside.identity.mode=user",
        "lakeside.identity.trust-forwarded-headers=true",
        "lakeside.databricks.warehouse-id=wh-7",
        "lakeside.databricks.client-id=app-sp",
        "lakeside.databricks.client-secret=app-secret",
        "lakeside.databricks.token=",
        // generous: the machine running the suite may be busy; this bounds a wait, it measures nothing
        "lakeside.databricks.workspace-check-timeout=60s"})
class DatabricksCatalogViewTest extends KaribuSpringTest {

    private static final DatabricksFake FAKE = new DatabricksFake();

    @DynamicPropertySource
    static void fake(DynamicPropertyRegistry registry) {
        registry.add("lakeside.databricks.host", FAKE::baseUrl);
    }

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void catalogView_onBehalfOfUser_listsUnityCatalogWithTheForwardedToken() {
        FAKE.givenUnityCatalog();
        signInThroughProxy("ada@example.com", "eyJ-ada-token");

        UI.getCurrent().navigate("catalog");

        TreeGrid<?> tree = _get(TreeGrid.class);
        List<String> rows = IntStream.range(0, GridKt._size(tree))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(tree, i))).toList();
        assertThat(rows).anyMatch(row -> row.contains("finance")).anyMatch(row -> row.contains("main"));
        assertThat(FAKE.requests("GET", "/api/2.1/unity-catalog/.*")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer eyJ-ada-token"));
        // The app's service principal asks only for the warehouse's state (readiness), never for the catalog.
        assertThat(FAKE.requests("GET", "/api/.*")).filteredOn(r -> ("Bearer " + DatabricksFake.SP_TOKEN)
                .equals(r.getHeader("Authorization"))).allSatisfy(r -> assertThat(r.getUrl()).startsWith("/api/2.0/sql/warehouses/"));
    }

    private static void signInThroughProxy(String email, String token) {
        ServletRequest servletRequest = (VaadinServletRequest) VaadinRequest.getCurrent();
        while (servletRequest instanceof ServletRequestWrapper wrapper) {
            servletRequest = wrapper.getRequest();
        }
        FakeRequest request = (FakeRequest) servletRequest;
        request.getHeaders().put("X-Forwarded-Email", List.of(email));
        request.getHeaders().put("X-Forwarded-User", List.of("user-" + email));
        request.getHeaders().put("X-Forwarded-Access-Token", List.of(token));
    }
}
