package dev.lakeside.databricks;

import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a read again, with exponential backoff, when it failed for a reason that may pass (warehouse
 * busy, rate-limited, starting, unreachable). Only reads come here: a write is never repeated, as the
 * first attempt may have been applied before the error reached us.
 */
final class ReadRetry {

    private static final Logger log = LoggerFactory.getLogger(ReadRetry.class);

    private final int attempts;
    private final Duration firstBackoff;

    ReadRetry(int attempts, Duration firstBackoff) {
        this.attempts = Math.max(1, attempts);
        this.firstBackoff = firstBackoff;
    }

    <T> T run(Supplier<T> read) {
        long wait = firstBackoff.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (WarehouseException e) {
                if (attempt >= attempts || !DatabricksErrors.isRetryable(e)) {
                    throw e;
                }
                log.info("Read failed ({}), attempt {} of {}; retrying in {} ms", e.reason(), attempt, attempts, wait);
                sleep(wait);
                wait *= 2;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WarehouseException(WarehouseException.Reason.CANCELLED, "Interrupted while waiting to retry", e);
        }
    }
}
