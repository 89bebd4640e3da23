package dev.lakeside.predict;

import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.WarehouseException;

import java.util.function.LongConsumer;

/**
 * One running batch as its starter sees it: progress reported as rows are scored, and a cancel that
 * stops the page being read and skips the write, so a cancelled batch leaves no table behind.
 */
final class BatchRun {

    private final LongConsumer progress;
    private volatile boolean cancelled;
    private volatile QueryHandle reading;

    BatchRun(LongConsumer progress) {
        this.progress = progress;
    }

    void cancel() {
        cancelled = true;
        QueryHandle handle = reading;
        if (handle != null) {
            handle.cancel();
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /** A fresh handle for the next read. */
    QueryHandle nextRead() {
        QueryHandle handle = new QueryHandle();
        reading = handle;
        return handle;
    }

    void scored(long rows) {
        progress.accept(rows);
    }

    /** Throws when the batch was cancelled, between pages. */
    void checkNotCancelled() {
        if (cancelled) {
            throw new WarehouseException(WarehouseException.Reason.CANCELLED, "Batch scoring cancelled", null);
        }
    }
}
