package dev.lakeside.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A ticker whose intervals pass only when the test says so. */
final class ManualTicker implements RefreshTicker {

    private final List<Runnable> tasks = new ArrayList<>();

    @Override
    public synchronized AutoCloseable every(Duration period, Runnable task) {
        tasks.add(task);
        task.run();
        return () -> remove(task);
    }

    /** One interval passes: every scheduled task runs once. */
    void tick() {
        List<Runnable> due;
        synchronized (this) {
            due = List.copyOf(tasks);
        }
        due.forEach(Runnable::run);
    }

    synchronized int scheduled() {
        return tasks.size();
    }

    private synchronized void remove(Runnable task) {
        tasks.remove(task);
    }
}
