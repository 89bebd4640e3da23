package dev.lakeside.warehouse;

/**
 * The embedded warehouse behaving as Databricks SQL does in {@code inTransaction}: each statement is
 * committed on its own, and nothing is rolled back when the work fails half-way.
 */
public final class StatementAtATimeWarehouse extends ForwardingWarehouse {

    public StatementAtATimeWarehouse(Warehouse engine) {
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
