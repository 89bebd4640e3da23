package dev.lakeside.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends KaribuSpringTest {

    @Test
    void openHome_listsEveryToolWithItsDescriptionAndNavigation() {
        UI.getCurrent().navigate("");

        assertThat(_find(Anchor.class, spec -> spec.withClasses("lakeside-tool-card")))
                .extracting(Anchor::getHref).contains("/fixer", "/edit/sales");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsSubsequence("Home", "Supplier Fixer", "Sales Corrections");
    }

    @Test
    void openHome_untrustedHeaders_headerShowsConfiguredLocalUser() {
        UI.getCurrent().navigate("");

        assertThat(_get(Span.class, spec -> spec.withClasses("lakeside-user-name")).getText()).isEqualTo("Local Developer");
    }

    @Test
    void openHome_embeddedWarehouse_showsNoProblemNotice() {
        UI.getCurrent().navigate("");

        assertThat(_find(Span.class, spec -> spec.withClasses("lakeside-notice"))).as("shown notices").isEmpty();
    }
}
