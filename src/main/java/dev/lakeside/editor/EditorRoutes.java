package dev.lakeside.editor;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import dev.lakeside.ui.MainLayout;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Registers the routes of editors configured with a route of their own (e.g. {@code fixer});
 * the others are served by {@link EditorView}'s {@code edit/:tool} route.
 */
@Component
class EditorRoutes implements VaadinServiceInitListener {

    private final EditorTools tools;

    EditorRoutes(EditorTools tools) {
        this.tools = tools;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        for (EditorTool tool : tools.all()) {
            if (!tool.path().equals("edit/" + tool.id()) && !routes.isPathAvailable(tool.path())) {
                routes.setRoute(tool.path(), EditorView.class, List.of(MainLayout.class));
            }
        }
    }
}
