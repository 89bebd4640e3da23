package dev.lakeside.live;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The app's {@link RefreshTicker}: two daemon threads shared by all selections' refreshers. */
final class ScheduledRefreshTicker implements RefreshTicker, AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().daemon().name("live-refresh-", 0).factory());

    @Override
    public AutoCloseable every(Duration period, Runnable task) {
        ScheduledFuture<?> future = executor.scheduleAtFixedRate(task, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        ExecutorShutdown.stopAndWait(executor);
    }
}
