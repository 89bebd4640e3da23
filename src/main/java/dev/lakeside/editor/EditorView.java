package dev.lakeside.editor;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.lakeside.ui.MainLayout;

import java.util.Optional;

/**
 * The page of a configured editor: {@code edit/<tool-id>}, or the tool's own route (such as
 * {@code fixer}), which {@link EditorRoutes} registers at start-up. Which tool it shows comes
 * from the address; the editing itself is in {@link ToolEditor}.
 */
@Route(value = "edit/:tool", layout = MainLayout.class)
public class EditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EditorTools tools;
    private final EditorServices services;
    private EditorTool shown;

    EditorView(EditorTools tools, EditorServices services) {
        this.tools = tools;
        this.services = services;
        addClassName("lakeside-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<EditorTool> tool = event.getRouteParameters().get("tool").flatMap(tools::byId)
                .or(() -> tools.byPath(event.getLocation().getPath()));
        if (tool.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no editor at " + event.getLocation().getPath());
            return;
        }
        String search = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        if (!tool.get().equals(shown)) {
            shown = tool.get();
            removeAll();
            addAndExpand(new ToolEditor(shown, services, search));
        } else {
            getChildren().filter(ToolEditor.class::isInstance).map(ToolEditor.class::cast)
                    .forEach(editor -> editor.showSearch(search));
        }
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "Editor" : shown.title()) + " · Lakeside";
    }
}
