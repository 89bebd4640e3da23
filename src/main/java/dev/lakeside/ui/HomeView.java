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

import java.util.List;

/** The landing page: what Lakeside is and one card per tool, built from the tools' own annotations. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Lakeside")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
public class HomeView extends VerticalLayout {

    public HomeView(List<ConfiguredTools> configuredTools) {
        addClassName("lakeside-home");
        add(new H1("Lakeside"));
        add(new Paragraph("Tools over your lakehouse's gold tables: fix bad values, slice datasets, label rows. "
                + "Data stays in the warehouse; only what the screen shows is moved."));
        Div cards = new Div();
        cards.addClassName("lakeside-tool-cards");
        MainLayout.allTools(configuredTools).stream()
                .filter(tool -> tool.description() != null)
                .map(HomeView::card)
                .forEach(cards::add);
        add(cards);
    }

    private static Anchor card(ConfiguredTools.ToolLink tool) {
        Div body = new Div(new H3(tool.title()), new Paragraph(tool.description()));
        Anchor card = new Anchor(tool.path(), body);
        card.addClassName("lakeside-tool-card");
        return card;
    }
}
