package dev.lakeside.ops;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open Vaadin sessions and UIs (browser tabs) as the gauges {@code lakeside.vaadin.sessions} and
 * {@code lakeside.vaadin.uis}. A new session is logged once, inside the request that opened it, so the
 * line carries that request's id.
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(VaadinSessionMetrics.class);

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry registry) {
        Gauge.builder("lakeside.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions").register(registry);
        Gauge.builder("lakeside.vaadin.uis", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs)").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> log.info("Vaadin session started ({} open)", sessions.incrementAndGet()));
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    int openSessions() {
        return sessions.get();
    }

    int openUis() {
        return uis.get();
    }
}
