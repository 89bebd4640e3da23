package dev.lakeside.live;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;

/**
 * The real warehouse, except that it can be told to fail the next write to one table, after the
 * transaction has already written others: a crash between the silver/gold writes and the checkpoint.
 */
final class CrashingWarehouse implements Warehouse {

    private final Warehouse real;
    private TableName failOn;

    CrashingWarehouse(Warehouse real) {
        this.real = real;
    }

    void failNextWriteTo(TableName table) {
        failOn = table;
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
                if (failOn != null && statement.tables().contains(failOn)) {
                    failOn = null;
                    throw new IllegalStateException("Injected crash before writing " + statement.tables());
                }
                return tx.update(statement);
            }
        }));
    }
}
