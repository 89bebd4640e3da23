package dev.lakeside.explore;

import dev.lakeside.identity.CurrentUser;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs user-started queries off the UI thread, one virtual thread each (they mostly wait on the
 * warehouse), as the user who started them: in identity mode user the query must carry that
 * user's credential, and a background thread has no request to find it in.
 */
@Component
class BackgroundQueries {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final CurrentUser currentUser;

    BackgroundQueries(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Call on the request thread: the work runs as the user current now. */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, currentUser.as(executor));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
