package dev.lakeside.explore;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Runs user-started queries off the UI thread, one virtual thread each (they mostly wait on the warehouse). */
@Component
class BackgroundQueries {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
