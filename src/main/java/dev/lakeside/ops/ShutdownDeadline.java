package dev.lakeside.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.IntConsumer;

/**
 * Databricks Apps kills the app 15 s after SIGTERM. Graceful shutdown is bounded per phase, but closing a
 * connection pool is not: Hikari waits up to its connection timeout for a connection still being opened
 * to a slow warehouse. When the context starts closing, this starts a clock; if the JVM is still alive at
 * the deadline ({@code lakeside.ops.shutdown-deadline}, set in the {@code apps} profile), it halts, so
 * the platform always sees an exit of its own rather than a kill.
 */
@Component
@ConditionalOnProperty("lakeside.ops.shutdown-deadline")
class ShutdownDeadline implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDeadline.class);

    private final Duration deadline;
    private final IntConsumer halt;

    @Autowired
    ShutdownDeadline(@Value("${lakeside.ops.shutdown-deadline}") Duration deadline) {
        this(deadline, status -> Runtime.getRuntime().halt(status));
    }

    ShutdownDeadline(Duration deadline, IntConsumer halt) {
        this.deadline = deadline;
        this.halt = halt;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        Thread.ofPlatform().daemon().name("shutdown-deadline").start(() -> {
            try {
                Thread.sleep(deadline);
            } catch (InterruptedException e) {
                return;
            }
            log.error("Shutdown did not finish within {}: halting", deadline);
            halt.accept(1);
        });
    }
}
