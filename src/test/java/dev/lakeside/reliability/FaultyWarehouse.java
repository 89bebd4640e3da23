package dev.lakeside.reliability;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.ForwardingWarehouse;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.RowSink;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.WarehouseException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real embedded DuckDB warehouse with one fault switched on at a time, the way it shows up in
 * production: slow statements that the real statement timeout must stop, a warehouse that refuses
 * connections, a connection that drops while a result is read, a full disk on the first write, and a
 * transaction whose second write fails after the first really ran.
 */
final class FaultyWarehouse extends ForwardingWarehouse {

    /** A leak marker: if any of this text reaches a user, the test sees it. */
    static final String SECRET_PATH = "/var/lib/lakeside/secret-dir/lakeside.duckdb";

    enum Fault { NONE, SLOW, DOWN, CONNECTION_DROPPED, DISK_FULL, SECOND_WRITE_FAILS, WRITE_TO_TABLE_FAILS }

    private volatile Fault fault = Fault.NONE;
    private final AtomicInteger queriesBeforeDrop = new AtomicInteger();
    private volatile TableName failingTable;
    private final AtomicInteger injected = new AtomicInteger();

    FaultyWarehouse(DuckDbWarehouse real) {
        super(real);
    }

    void inject(Fault next) {
        fault = next;
        injected.set(0);
    }

    /**
     * Lets {@code queriesFirst} queries that read {@code table} through, then drops the connection on each
     * later one after the statement really ran, while its result is being read.
     */
    void dropConnectionOn(TableName table, int queriesFirst) {
        failingTable = table;
        queriesBeforeDrop.set(queriesFirst);
        inject(Fault.CONNECTION_DROPPED);
    }

    /** Fails any write to {@code table}, after the transaction's earlier writes really ran. */
    void failWritesTo(TableName table) {
        failingTable = table;
        inject(Fault.WRITE_TO_TABLE_FAILS);
    }

    void heal() {
        fault = Fault.NONE;
    }

    /** How many times the current fault fired; a test asserts it is positive, so it cannot pass by not reaching the fault. */
    int injected() {
        return injected.get();
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        switch (fault) {
            case SLOW -> runSlowly(options);
            case DOWN -> throw refused(statement);
            case CONNECTION_DROPPED -> {
                QueryResult result = real.query(statement, options);
                if (statement.tables().contains(failingTable) && queriesBeforeDrop.getAndDecrement() <= 0) {
                    throw connectionReset(statement);
                }
                return result;
            }
            default -> { }
        }
        return real.query(statement, options);
    }

    @Override
    public long stream(SqlStatement statement, QueryOptions options, RowSink sink) {
        switch (fault) {
            case SLOW -> runSlowly(options);
            case DOWN -> throw refused(statement);
            default -> { }
        }
        return real.stream(statement, options, sink);
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        if (fault == Fault.DOWN) {
            throw refused(null);
        }
        return super.inTransaction(work);
    }

    @Override
    protected void beforeWrite(SqlStatement statement, int writeNumber) {
        if (fault == Fault.DISK_FULL) {
            injected.incrementAndGet();
            throw new WarehouseException(WarehouseException.Reason.FAILED, "IO Error: Could not write file \""
                    + SECRET_PATH + ".wal\": No space left on device in: " + statement.sql(),
                    new SQLException("IO Error: No space left on device: " + SECRET_PATH));
        }
        failIfWritingTheFailingTable(statement);
        if (fault == Fault.SECOND_WRITE_FAILS && writeNumber == 2) {
            injected.incrementAndGet();
            throw new WarehouseException(WarehouseException.Reason.FAILED, "Injected failure of the second write: "
                    + statement.sql(), new SQLException("Connection closed at " + SECRET_PATH));
        }
    }

    private void failIfWritingTheFailingTable(SqlStatement statement) {
        if (fault == Fault.WRITE_TO_TABLE_FAILS && statement.tables().contains(failingTable)) {
            injected.incrementAndGet();
            throw new WarehouseException(WarehouseException.Reason.FAILED, "Injected failure writing " + failingTable
                    + ": " + statement.sql(), new SQLException("Connection closed at " + SECRET_PATH));
        }
    }

    /** Runs a statement that would take hours with the caller's options, so the real timeout or cancel stops it. */
    private void runSlowly(QueryOptions options) {
        injected.incrementAndGet();
        SqlStatement slow = new SqlBuilder(real.dialect())
                .sql("SELECT sum(hash(a.i + b.i)) FROM range(0, 1000000000) a(i), range(0, 1000000) b(i)").build();
        real.query(slow, options);
        throw new AssertionError("The slow statement finished: the statement timeout never fired");
    }

    private WarehouseException refused(SqlStatement statement) {
        injected.incrementAndGet();
        String sql = statement == null ? "" : " in: " + statement.sql();
        return new WarehouseException(WarehouseException.Reason.UNAVAILABLE,
                "Connection refused: " + SECRET_PATH + sql, new ConnectException("Connection refused"));
    }

    private WarehouseException connectionReset(SqlStatement statement) {
        injected.incrementAndGet();
        return new WarehouseException(WarehouseException.Reason.UNAVAILABLE, "Connection reset by peer while reading "
                + statement.sql() + " from " + SECRET_PATH, new SocketException("Connection reset"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        FaultyWarehouse faultyWarehouse(DuckDbWarehouse real) {
            return new FaultyWarehouse(real);
        }
    }
}
