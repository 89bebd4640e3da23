package dev.lakeside.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Statements inside one JDBC transaction, shared by the JDBC warehouses (embedded DuckDB, Lakebase
 * Postgres): every statement is prepared and bound, the tables written are recorded, and after the
 * commit they are announced for cache invalidation.
 */
public class JdbcTransaction implements Warehouse.Transaction {

    /** Turns a driver error into a {@link WarehouseException}; {@code statement} is null outside a statement. */
    @FunctionalInterface
    public interface ErrorTranslation {
        WarehouseException translate(SQLException error, SqlStatement statement);
    }

    /** Where a transaction's connection comes from (a pool, a duplicated DuckDB connection). */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    protected final Connection connection;
    protected final ErrorTranslation errors;
    private final Set<TableName> written = new LinkedHashSet<>();

    protected JdbcTransaction(Connection connection, ErrorTranslation errors) {
        this.connection = connection;
        this.errors = errors;
    }

    /**
     * Runs {@code work} in one transaction on a connection from {@code source}: commits, or rolls back and
     * rethrows; then tells {@code onCommit} which tables were written.
     */
    public static <T> T run(ConnectionSource source, ErrorTranslation errors,
                            Function<Connection, ? extends JdbcTransaction> open,
                            Warehouse.TransactionWork<T> work, Consumer<TablesWritten> onCommit) {
        T result;
        Set<TableName> written;
        try (Connection connection = source.open()) {
            connection.setAutoCommit(false);
            try {
                JdbcTransaction transaction = open.apply(connection);
                result = work.run(transaction);
                connection.commit();
                written = transaction.written;
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw errors.translate(e, null);
        }
        if (!written.isEmpty()) {
            onCommit.accept(new TablesWritten(written));
        }
        return result;
    }

    /** A transaction with no behaviour beyond the shared one. */
    public static <T> T run(ConnectionSource source, ErrorTranslation errors,
                            Warehouse.TransactionWork<T> work, Consumer<TablesWritten> onCommit) {
        return run(source, errors, connection -> new JdbcTransaction(connection, errors), work, onCommit);
    }

    @Override
    public QueryResult query(SqlStatement statement) {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            return JdbcValues.execute(prepared, statement);
        } catch (SQLException e) {
            throw errors.translate(e, statement);
        }
    }

    @Override
    public int update(SqlStatement statement) {
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            JdbcValues.bind(prepared, statement.parameters());
            int count = prepared.executeUpdate();
            recordWritten(statement);
            return count;
        } catch (SQLException e) {
            throw errors.translate(e, statement);
        }
    }

    /** Records the tables {@code statement} wrote, for invalidation after the commit. */
    protected void recordWritten(SqlStatement statement) {
        written.addAll(statement.tables());
    }
}
