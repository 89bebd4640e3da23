package dev.lakeside.live;

import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

import java.util.concurrent.atomic.AtomicInteger;

/** The real warehouse, counting the queries that reach it. */
final class CountingWarehouse implements Warehouse {

    private final Warehouse real;
    private final AtomicInteger queries = new AtomicInteger();

    CountingWarehouse(Warehouse real) {
        this.real = real;
    }

    int queries() {
        return queries.get();
    }

    @Override
    public Dialect dialect() {
        return real.dialect();
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        queries.incrementAndGet();
        return real.query(statement, options);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        queries.incrementAndGet();
        return real.inTransaction(work);
    }
}
