package dev.lakeside.ops;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownDeadlineTest {

    @Test
    void contextStillClosingAtTheDeadline_jvmIsHaltedWithAFailureStatus() throws Exception {
        CompletableFuture<Integer> halted = new CompletableFuture<>();
        ShutdownDeadline deadline = new ShutdownDeadline(Duration.ofMillis(50), halted::complete);

        deadline.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

        assertThat(halted.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
