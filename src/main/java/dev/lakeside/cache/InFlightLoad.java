package dev.lakeside.cache;

import dev.lakeside.warehouse.QueryResult;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The future a loading caller puts in the cache and concurrent callers for the same key wait on.
 * A failed load is cancelled rather than completed exceptionally: Caffeine drops it either way,
 * but logs a warning with a stack trace for every exceptional completion, and a warehouse timeout
 * or refusal is an ordinary outcome the caller already handles. The loader's exception travels
 * alongside, so every waiter rethrows the original, such as a {@code WarehouseException}.
 */
final class InFlightLoad extends CompletableFuture<QueryResult> {

    private volatile Throwable failure;

    /** Ends the load with the loader's exception; the cache then forgets the key. */
    void fail(Throwable cause) {
        failure = cause;
        cancel(false);
    }

    /** Waits for a load and returns its result, or throws the exception its loader threw. */
    static QueryResult await(CompletableFuture<QueryResult> load) {
        try {
            return load.join();
        } catch (CancellationException e) {
            if (load instanceof InFlightLoad inFlight && inFlight.failure != null) {
                throw rethrow(inFlight.failure);
            }
            throw e;
        } catch (CompletionException e) {
            throw rethrow(e.getCause() != null ? e.getCause() : e);
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new CompletionException(failure);
    }
}
