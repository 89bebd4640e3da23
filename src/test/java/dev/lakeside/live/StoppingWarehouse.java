package dev.lakeside.live;

import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

/**
 * The real warehouse, except that the next transaction can be told to stop with a failure after its
 * Nth write. On Databricks, where each statement commits by itself, those N writes stay: a pipeline
 * run that died half-way.
 */
final class StoppingWarehouse extends ForwardingWarehouse {

    private int stopAfter;

    StoppingWarehouse(Warehouse real) {
        super(real);
    }

    void stopNextTransactionAfterWrite(int writes) {
        stopAfter = writes;
    }

    @Override
    protected void beforeWrite(SqlStatement statement, int writeNumber) {
        if (stopAfter > 0 && writeNumber > stopAfter) {
            int done = stopAfter;
            stopAfter = 0;
            throw new IllegalStateException("Injected stop after write " + done + ", before " + statement.tables());
        }
    }
}
