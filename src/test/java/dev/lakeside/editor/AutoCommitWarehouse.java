package dev.lakeside.editor;

import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

import java.util.function.Consumer;

/**
 * The embedded engine behaving as Databricks SQL does in {@code inTransaction}: each statement commits
 * on its own and nothing is rolled back. {@code beforeWrite} sees each write first; a test changes a
 * row there or throws to make the write fail.
 */
final class AutoCommitWarehouse extends ForwardingWarehouse {

    private final Consumer<SqlStatement> beforeWrite;

    AutoCommitWarehouse(Warehouse engine, Consumer<SqlStatement> beforeWrite) {
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
