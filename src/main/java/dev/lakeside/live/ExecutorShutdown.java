package dev.lakeside.live;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** How the live demo's background threads stop when the application closes. */
final class ExecutorShutdown {

    private ExecutorShutdown() {
    }

    /** Interrupts the tasks, then lets a running DuckDB transaction finish before the warehouse bean closes. */
    static void stopAndWait(ExecutorService executor) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
