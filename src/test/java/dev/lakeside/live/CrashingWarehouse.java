package dev.lakeside.live;

import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

/**
 * The real warehouse, except that it can be told to fail the next write to one table, after the
 * transaction has already written others: a crash between the silver/gold writes and the checkpoint.
 */
final class CrashingWarehouse extends ForwardingWarehouse {

    private TableName failOn;

    CrashingWarehouse(Warehouse real) {
        super(real);
    }

    void failNextWriteTo(TableName table) {
        failOn = table;
    }

    @Override
    protected void beforeWrite(SqlStatement statement, int writeNumber) {
        if (failOn != null && statement.tables().contains(failOn)) {
            failOn = null;
            throw new IllegalStateException("Injected crash before writing " + statement.tables());
        }
    }
}
