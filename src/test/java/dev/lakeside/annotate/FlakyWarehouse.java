package dev.lakeside.annotate;

import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real warehouse, except that the next N writes to a chosen table fail as an unreachable
 * warehouse would (used to prove that a failed save loses nothing), and that commits can be made
 * slow, as on a busy machine, to widen the window in which concurrent transactions race.
 */
final class FlakyWarehouse extends ForwardingWarehouse {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failuresThrown = new AtomicInteger();
    private volatile TableName failingTable;
    private volatile Duration commitDelay = Duration.ZERO;

    FlakyWarehouse(Warehouse real) {
        super(real);
    }

    /** Every transaction waits this long after its work, before it commits. */
    void delayCommits(Duration delay) {
        commitDelay = delay;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return super.inTransaction(tx -> {
            T result = work.run(tx);
            if (!commitDelay.isZero()) {
                try {
                    Thread.sleep(commitDelay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return result;
        });
    }

    void failNextWrites(TableName table, int count) {
        failingTable = table;
        failuresThrown.set(0);
        failuresLeft.set(count);
    }

    int failuresThrown() {
        return failuresThrown.get();
    }

    @Override
    protected void beforeWrite(SqlStatement statement, int writeNumber) {
        if (failingTable != null && statement.tables().contains(failingTable)
                && failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failuresThrown.incrementAndGet();
            throw new WarehouseException(WarehouseException.Reason.UNAVAILABLE, "Injected write failure", null);
        }
    }
}
