package dev.lakeside.warehouse;

/**
 * The real warehouse behind a test's decorator: everything is passed through, and subclasses
 * override what they count, record or make fail.
 */
public abstract class ForwardingWarehouse implements Warehouse {

    protected final Warehouse real;

    protected ForwardingWarehouse(Warehouse real) {
        this.real = real;
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
    public long stream(SqlStatement statement, QueryOptions options, RowSink sink) {
        return real.stream(statement, options, sink);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        int[] writes = {0};
        return real.inTransaction(tx -> work.run(new Transaction() {
            @Override
            public QueryResult query(SqlStatement statement) {
                return tx.query(statement);
            }

            @Override
            public int update(SqlStatement statement) {
                beforeWrite(statement, ++writes[0]);
                return tx.update(statement);
            }

            @Override
            public int update(SqlStatement statement, QueryOptions options) {
                beforeWrite(statement, ++writes[0]);
                return tx.update(statement, options);
            }
        }));
    }

    /**
     * Runs before each write inside a transaction; a test throws here to inject a failure.
     *
     * @param writeNumber 1 for the transaction's first write, 2 for its second, ...
     */
    protected void beforeWrite(SqlStatement statement, int writeNumber) {
    }
}
