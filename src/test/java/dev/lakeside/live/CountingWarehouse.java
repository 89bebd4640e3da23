package dev.lakeside.live;

import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

import java.util.concurrent.atomic.AtomicInteger;

/** The real warehouse, counting the queries that reach it. */
final class CountingWarehouse extends ForwardingWarehouse {

    private final AtomicInteger queries = new AtomicInteger();

    CountingWarehouse(Warehouse real) {
        super(real);
    }

    int queries() {
        return queries.get();
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        queries.incrementAndGet();
        return super.query(statement, options);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        queries.incrementAndGet();
        return super.inTransaction(work);
    }
}
