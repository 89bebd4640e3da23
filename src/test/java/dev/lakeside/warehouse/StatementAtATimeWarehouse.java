package dev.lakeside.warehouse;

import java.util.function.Consumer;

/**
 * The embedded warehouse behaving as Databricks SQL does in {@code inTransaction}: each statement is
 * committed on its own, and nothing is rolled back when the work fails half-way. {@code beforeWrite}
 * sees each write of such work first; a test changes a row there or throws to make the write fail.
 */
public final class StatementAtATimeWarehouse extends ForwardingWarehouse {

    private final Consumer<SqlStatement> beforeWrite;

    public StatementAtATimeWarehouse(Warehouse engine) {
        this(engine, statement -> { });
    }

    public StatementAtATimeWarehouse(Warehouse engine, Consumer<SqlStatement> beforeWrite) {
        super(engine);
        this.beforeWrite = beforeWrite;
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
                beforeWrite.accept(statement);
                return real.update(statement);
            }
        });
    }
}
