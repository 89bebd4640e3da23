package dev.lakeside.warehouse;

/**
 * Lets one thread cancel a query that another thread is running, such as a Cancel button
 * stopping a slow statement. Cancelling before the query starts stops it as soon as it starts.
 */
public final class QueryHandle {

    private Runnable canceller;
    private boolean cancelled;

    /** Cancels the running statement (the engine really stops it), or the next one attached. */
    public void cancel() {
        Runnable toRun;
        synchronized (this) {
            cancelled = true;
            toRun = canceller;
        }
        if (toRun != null) {
            toRun.run();
        }
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Called by a warehouse when the statement starts; runs the canceller at once if already cancelled. */
    public void attach(Runnable statementCanceller) {
        boolean cancelNow;
        synchronized (this) {
            canceller = statementCanceller;
            cancelNow = cancelled;
        }
        if (cancelNow) {
            statementCanceller.run();
        }
    }

    public synchronized void detach() {
        canceller = null;
    }
}
