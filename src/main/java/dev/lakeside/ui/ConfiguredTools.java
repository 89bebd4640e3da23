package dev.lakeside.ui;

import java.util.List;

/**
 * Tools defined in configuration rather than by a view class of their own. {@link MainLayout}
 * and {@link HomeView} list them beside the annotated views; a feature that reads tools from
 * configuration provides a bean of this type.
 */
public interface ConfiguredTools {

    /** The tools to list, in no particular order; {@link ToolLink#order()} places them. */
    List<ToolLink> tools();

    /**
     * One configured tool as the navigation shows it.
     *
     * @param title       the menu and card title
     * @param path        the route, with a leading slash like Vaadin's menu entries
     * @param icon        a Vaadin icon such as {@code vaadin:table}, or null
     * @param description one sentence for the home page card
     * @param order       where it sits among the annotated views' {@code @Menu(order)}
     */
    record ToolLink(String title, String path, String icon, String description, double order) {
    }
}
