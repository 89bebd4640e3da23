package dev.lakeside.predict;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

/**
 * The embedded warehouse behaving as Databricks SQL does in {@code inTransaction}: each statement is
 * committed on its own, and nothing is rolled back when the work fails half-way.
 */
final class StatementAtATimeWarehouse implements Warehouse {

    private final Warehouse engine;

    StatementAtATimeWarehouse(Warehouse engine) {
        this.engine = engine;
    }

    @Override
    public Dialect dialect() {
        return engine.dialect();
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        return engine.query(statement, options);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        return work.run(new Transaction() {
            @Override
            public QueryResult query(SqlStatement statement) {
                return engine.query(statement);
            }

            @Override
            public int update(SqlStatement statement) {
                return engine.update(statement);
            }
        });
    }
}
