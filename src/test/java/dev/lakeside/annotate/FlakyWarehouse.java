package dev.lakeside.annotate;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real warehouse, except that the next N writes to a chosen table fail as an unreachable
 * warehouse would. Used to prove that a failed save loses nothing.
 */
final class FlakyWarehouse implements Warehouse {

    private final Warehouse real;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger failuresThrown = new AtomicInteger();
    private volatile TableName failingTable;

    FlakyWarehouse(Warehouse real) {
        this.real = real;
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
    public Dialect dialect() {
        return real.dialect();
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        return real.query(statement, options);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return real.inTransaction(tx -> work.run(new Transaction() {
            @Override
            public QueryResult query(SqlStatement statement) {
                return tx.query(statement);
            }

            @Override
            public int update(SqlStatement statement) {
                if (failingTable != null && statement.tables().contains(failingTable) && failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    failuresThrown.incrementAndGet();
                    throw new WarehouseException(WarehouseException.Reason.UNAVAILABLE, "Injected write failure", null);
                }
                return tx.update(statement);
            }
        }));
    }
}
