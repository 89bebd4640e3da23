package dev.lakeside.databricks;

import dev.lakeside.databricks.Credentials.Credential;
import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.JdbcValues;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.RowSink;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TablesWritten;
import dev.lakeside.warehouse.Warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A Databricks SQL warehouse through databricks-jdbc and the SQL Statement Execution API. Every
 * statement runs as one identity: the app's service principal ({@code lakeside.identity.mode=app}),
 * or the signed-in user's own access token ({@code user}), taken per statement from the current
 * request, so Unity Catalog applies that user's grants, row filters and column masks.
 *
 * <p>Databricks SQL has no multi-statement transactions: {@link #inTransaction} runs its statements
 * in order on one connection, each committed on its own. A single statement (one UPDATE, one MERGE
 * of many rows) is atomic on its table, which is why writes should be batched into one statement.
 * If work fails half-way, earlier statements stay applied; their tables' cached reads are still dropped.
 */
public final class DatabricksWarehouse implements Warehouse, AutoCloseable {

    private final ConnectionPools pools;
    private final DatabricksDialect dialect;
    private final Credentials credentials;
    private final StatementRunner runner;
    private final ReadRetry retry;
    private final Consumer<TablesWritten> onWrite;

    DatabricksWarehouse(DatabricksProperties properties, WorkspaceAddress address, Credentials credentials,
                        Duration defaultTimeout, Consumer<TablesWritten> onWrite) {
        this.pools = new ConnectionPools(properties, address);
        this.dialect = new DatabricksDialect(properties.catalog());
        this.credentials = credentials;
        this.runner = new StatementRunner(defaultTimeout);
        this.retry = new ReadRetry(properties.readAttempts(), properties.retryBackoff());
        this.onWrite = onWrite;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public QueryResult query(SqlStatement statement, QueryOptions options) {
        Credential credential = credentials.current();
        return retry.run(() -> {
            try (Connection connection = pools.connect(credential)) {
                return runner.query(connection, statement, options);
            } catch (SQLException e) {
                throw DatabricksErrors.translate(e, statement.sql());
            }
        });
    }

    /** Streams a large result (an export). Never retried: the sink may already have written rows. */
    @Override
    public long stream(SqlStatement statement, QueryOptions options, RowSink sink) {
        Credential credential = credentials.current();
        try (Connection connection = pools.connect(credential)) {
            return runner.stream(connection, statement, options, sink);
        } catch (SQLException e) {
            throw DatabricksErrors.translate(e, statement.sql());
        }
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        Credential credential = credentials.current();
        Set<TableName> written = new LinkedHashSet<>();
        try (Connection connection = pools.connect(credential)) {
            return work.run(new InOrderStatements(connection, runner, written));
        } catch (SQLException e) {
            throw DatabricksErrors.translate(e, null);
        } finally {
            if (!written.isEmpty()) {
                onWrite.accept(new TablesWritten(written));
            }
        }
    }

    long userPoolCount() {
        return pools.userPoolCount();
    }

    @Override
    public void close() {
        runner.close();
        pools.close();
    }

    /** Statements of {@link #inTransaction}: run in order, each applied when it returns, never retried. */
    private record InOrderStatements(Connection connection, StatementRunner runner, Set<TableName> written)
            implements Transaction {

        @Override
        public QueryResult query(SqlStatement statement) {
            try {
                return runner.query(connection, statement, QueryOptions.defaults());
            } catch (SQLException e) {
                throw DatabricksErrors.translate(e, statement.sql());
            }
        }

        @Override
        public int update(SqlStatement statement) {
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                JdbcValues.bind(prepared, statement.parameters());
                written.addAll(statement.tables());
                return prepared.executeUpdate();
            } catch (SQLException e) {
                throw DatabricksErrors.translate(e, statement.sql());
            }
        }
    }
}
