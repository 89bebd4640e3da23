package dev.lakeside.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.UserIdentity;

/** The app shell: a header with the signed-in user and a side navigation listing every tool. */
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        addToNavbar(new DrawerToggle(), brand(), userBadge(currentUser.get()));
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private static Anchor brand() {
        Anchor brand = new Anchor("", "Lakeside");
        brand.addClassName("lakeside-brand");
        return brand;
    }

    private static HorizontalLayout userBadge(UserIdentity user) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        Span name = new Span(user.displayName());
        name.addClassName("lakeside-user-name");
        name.setTitle(user.email() + " (" + describe(user.source()) + ")");
        HorizontalLayout badge = new HorizontalLayout(avatar, name);
        badge.setAlignItems(FlexComponent.Alignment.CENTER);
        badge.addClassName("lakeside-user");
        return badge;
    }

    private static String describe(UserIdentity.Source source) {
        return switch (source) {
            case FORWARDED_HEADERS -> "signed in through Databricks";
            case LOCAL_USER -> "local user";
            case ANONYMOUS -> "not signed in";
        };
    }

    private static Div navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        Div wrapper = new Div(nav);
        wrapper.addClassName("lakeside-nav");
        return wrapper;
    }
}
