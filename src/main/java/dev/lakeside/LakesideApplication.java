package dev.lakeside;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Lakeside: Vaadin tools over a lakehouse SQL warehouse. Styles are plain stylesheets under
 * {@code META-INF/resources}, loaded at run time, so no frontend bundle build (and no Node.js) is needed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan("dev.lakeside")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
// WebSocket down, XHR up; when the socket cannot be opened (a proxy that does not pass upgrades),
// Vaadin's client falls back to long polling by itself. See docs/live.md.
@Push(transport = Transport.WEBSOCKET_XHR)
public class LakesideApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(LakesideApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/lakeside.svg", "64x64");
    }
}
