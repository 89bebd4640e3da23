package dev.lakeside.annotate;

import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real warehouse, except that the next N writes to a chosen table fail as an unreachable
 * warehouse would. Used to prove that a failed save loses nothing.
 */
final class FlakyWarehouse extends ForwardingWarehouse {

    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failuresThrown = new AtomicInteger();
    private volatile TableName failingTable;

    FlakyWarehouse(Warehouse real) {
        super(real);
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
