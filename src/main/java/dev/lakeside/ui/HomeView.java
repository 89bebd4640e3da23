package dev.lakeside.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

/** The landing page: what Lakeside is and one card per tool, built from the tools' own annotations. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Lakeside")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
public class HomeView extends VerticalLayout {

    public HomeView() {
        addClassName("lakeside-home");
        add(new H1("Lakeside"));
        add(new Paragraph("Tools over your lakehouse's gold tables: fix bad values, slice datasets, label rows. "
                + "Data stays in the warehouse; only what the screen shows is moved."));
        Div cards = new Div();
        cards.addClassName("lakeside-tool-cards");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != null && entry.menuClass().isAnnotationPresent(ToolDescription.class))
                .map(HomeView::card)
                .forEach(cards::add);
        add(cards);
    }

    private static Anchor card(MenuEntry entry) {
        Div body = new Div(new H3(entry.title()),
                new Paragraph(entry.menuClass().getAnnotation(ToolDescription.class).value()));
        Anchor card = new Anchor(entry.path(), body);
        card.addClassName("lakeside-tool-card");
        return card;
    }
}
