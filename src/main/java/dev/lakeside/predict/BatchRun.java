package dev.lakeside.predict;

import dev.lakeside.warehouse.QueryHandle;
import dev.lakeside.warehouse.WarehouseException;

import java.util.function.LongConsumer;

/**
 * One running batch as its starter sees it: progress reported as rows are scored and then written,
 * and a cancel that stops the statement running (a page read or an insert) and rolls the write back,
 * so a cancelled batch leaves no table behind.
 */
final class BatchRun {

    private final LongConsumer scored;
    private final LongConsumer written;
    private volatile boolean cancelled;
    private volatile QueryHandle statement;

    BatchRun(LongConsumer scored) {
        this(scored, rows -> { });
    }

    BatchRun(LongConsumer scored, LongConsumer written) {
        this.scored = scored;
        this.written = written;
    }

    void cancel() {
        cancelled = true;
        QueryHandle handle = statement;
        if (handle != null) {
            handle.cancel();
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    /** A fresh handle for the next statement; already cancelled when cancel() came in between. */
    QueryHandle nextStatement() {
        QueryHandle handle = new QueryHandle();
        statement = handle;
        // cancel() sets the flag before it reads the handle, this sets the handle before it reads the
        // flag (both volatile): one of the two sees the other, so no statement escapes a cancel.
        if (cancelled) {
            handle.cancel();
        }
        return handle;
    }

    void scored(long rows) {
        scored.accept(rows);
    }

    void written(long rows) {
        written.accept(rows);
    }

    /** Throws when the batch was cancelled: between pages, and between the statements of the write. */
    void checkNotCancelled() {
        if (cancelled) {
            throw new WarehouseException(WarehouseException.Reason.CANCELLED, "Batch scoring cancelled", null);
        }
    }
}
