package dev.lakeside.load;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** What the load tests need from the server they start in-process. */
final class LoadServer {

    static final List<UserScript> ALL_TOOLS = List.of(new FixerUser(0.05), new ExplorerUser(), new AnnotatorUser(), new LiveUser());

    private LoadServer() {
    }

    /** The simulated fixer users may edit: they are in the stewards' group, as a real team would be. */
    static void stewards(DynamicPropertyRegistry registry) {
        registry.add("lakeside.user-groups.data-stewards", () -> IntStream.range(0, 2000)
                .mapToObj(i -> "fixer-" + i + "@load.test").collect(Collectors.joining(",")));
    }

    /** Expires every HTTP session now, as the session timeout would: what a departed user leaves behind. */
    static int expireAllSessions(ApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        int expired = 0;
        for (Container host : server.getTomcat().getEngine().findChildren()) {
            for (Container child : host.findChildren()) {
                if (child instanceof Context web) {
                    for (Session session : web.getManager().findSessions()) {
                        session.expire();
                        expired++;
                    }
                }
            }
        }
        return expired;
    }

    static int openSessions(ApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        int open = 0;
        for (Container host : server.getTomcat().getEngine().findChildren()) {
            for (Container child : host.findChildren()) {
                if (child instanceof Context web) {
                    open += web.getManager().findSessions().length;
                }
            }
        }
        return open;
    }
}
