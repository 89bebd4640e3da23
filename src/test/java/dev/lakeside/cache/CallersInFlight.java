package dev.lakeside.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts callers on their own threads at the same moment, and lets a loader hold on until every
 * other caller is parked (waiting on the shared load), so the calls really overlap.
 */
final class CallersInFlight {

    private final int count;
    private final CountDownLatch arrived;
    private final List<Thread> threads = new ArrayList<>();
    private final List<FutureTask<Object>> tasks = new ArrayList<>();

    CallersInFlight(int count) {
        this.count = count;
        this.arrived = new CountDownLatch(count);
    }

    /** Runs {@code call} on every caller's thread, all released together. */
    void startTogether(Callable<Object> call) {
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < count; i++) {
            FutureTask<Object> task = new FutureTask<>(() -> {
                start.await();
                arrived.countDown();
                return call.call();
            });
            tasks.add(task);
            threads.add(Thread.ofPlatform().name("caller-" + i).start(task));
        }
        start.countDown();
    }

    /**
     * Called from inside a loader: returns once every other caller is parked, or after a
     * deadline, so a cache that lets callers load in parallel fails the test instead of hanging.
     */
    void awaitOtherCallersParked() {
        try {
            arrived.await(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (System.nanoTime() < deadline && !othersParked()) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean othersParked() {
        return threads.stream()
                .filter(thread -> thread != Thread.currentThread())
                .allMatch(thread -> thread.getState() == Thread.State.WAITING);
    }

    /** What each caller got: its result, or the exception it saw. */
    List<Object> outcomes() throws InterruptedException {
        List<Object> outcomes = new ArrayList<>();
        for (FutureTask<Object> task : tasks) {
            try {
                outcomes.add(task.get(30, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            } catch (TimeoutException e) {
                throw new AssertionError("A caller did not finish", e);
            }
        }
        return outcomes;
    }
}
