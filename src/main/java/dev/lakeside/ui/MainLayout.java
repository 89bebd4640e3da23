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
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.UserIdentity;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The app shell: a header with the signed-in user and a side navigation listing every tool. When something
 * outside the app keeps it from working ({@link StatusNotice}), the header says so in words, checked again on
 * every navigation.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final List<StatusNotice> notices;
    private final Span notice = new Span();

    public MainLayout(CurrentUser currentUser, List<ConfiguredTools> configuredTools, ObjectProvider<StatusNotice> notices) {
        this.notices = notices.orderedStream().toList();
        notice.addClassName("lakeside-notice");
        notice.getElement().setAttribute("role", "alert");
        notice.setVisible(false);
        addToNavbar(new DrawerToggle(), brand(), notice, userBadge(currentUser.get()));
        addToDrawer(navigation(configuredTools));
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String problems = String.join(" ", notices.stream().map(StatusNotice::problem).flatMap(Optional::stream).toList());
        notice.setText(problems);
        notice.setVisible(!problems.isEmpty());
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

    private static Div navigation(List<ConfiguredTools> configuredTools) {
        SideNav nav = new SideNav();
        for (ConfiguredTools.ToolLink link : allTools(configuredTools)) {
            SideNavItem item = new SideNavItem(link.title(), link.path());
            if (link.icon() != null && link.icon().contains(":")) {
                String[] icon = link.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        Div wrapper = new Div(nav);
        wrapper.addClassName("lakeside-nav");
        return wrapper;
    }

    /** The annotated views' menu entries and the configured tools, ordered by their menu order. */
    static List<ConfiguredTools.ToolLink> allTools(List<ConfiguredTools> configuredTools) {
        List<ConfiguredTools.ToolLink> links = new ArrayList<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            ToolDescription description = entry.menuClass() == null ? null
                    : entry.menuClass().getAnnotation(ToolDescription.class);
            links.add(new ConfiguredTools.ToolLink(entry.title(), entry.path(), entry.icon(),
                    description == null ? null : description.value(), entry.order() == null ? 0 : entry.order()));
        }
        configuredTools.forEach(tools -> links.addAll(tools.tools()));
        links.sort(Comparator.comparingDouble(ConfiguredTools.ToolLink::order));
        return links;
    }
}
