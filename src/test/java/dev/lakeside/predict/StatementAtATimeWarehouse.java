package dev.lakeside.predict;

import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

/**
 * The embedded warehouse behaving as Databricks SQL does in {@code inTransaction}: each statement is
 * committed on its own, and nothing is rolled back when the work fails half-way.
 */
final class StatementAtATimeWarehouse extends ForwardingWarehouse {

    StatementAtATimeWarehouse(Warehouse engine) {
        super(engine);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return work.run(new Transaction() {
            @Override
            public QueryResult query(SqlStatement statement) {
                return real.query(statement);
            }

            @Override
            public int update(SqlStatement statement) {
                return real.update(statement);
            }
        });
    }
}
