package dev.lakeside.databricks;

import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.Dialect;
import dev.lakeside.warehouse.JdbcValues;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.TablesWritten;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException.Reason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
    private final IdentityMode identityMode;
    private final Supplier<UserIdentity> currentUser;
    private final DatabricksProperties properties;
    private final StatementRunner runner;
    private final ReadRetry retry;
    private final Consumer<TablesWritten> onWrite;

    DatabricksWarehouse(DatabricksProperties properties, WorkspaceAddress address, IdentityMode identityMode,
                        Supplier<UserIdentity> currentUser, Duration defaultTimeout, Consumer<TablesWritten> onWrite) {
        this.properties = properties;
        this.pools = new ConnectionPools(properties, address);
        this.dialect = new DatabricksDialect(properties.catalog());
        this.identityMode = identityMode;
        this.currentUser = currentUser;
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
        Credential credential = credential();
        return retry.run(() -> {
            try (Connection connection = credential.connect(pools)) {
                return runner.query(connection, statement, options);
            } catch (SQLException e) {
                throw DatabricksErrors.translate(e, statement.sql());
            }
        });
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        Credential credential = credential();
        Set<TableName> written = new LinkedHashSet<>();
        try (Connection connection = credential.connect(pools)) {
            return work.run(new InOrderStatements(connection, runner, written));
        } catch (SQLException e) {
            throw DatabricksErrors.translate(e, null);
        } finally {
            if (!written.isEmpty()) {
                onWrite.accept(new TablesWritten(written));
            }
        }
    }

    /** Whose token the current statement runs with, decided once per call on the caller's thread. */
    private Credential credential() {
        if (identityMode == IdentityMode.APP) {
            return Credential.APP;
        }
        UserIdentity user = currentUser.get();
        if (user.hasAccessToken()) {
            return new Credential(user.accessToken());
        }
        if (user.source() == UserIdentity.Source.LOCAL_USER && properties.hasToken()) {
            return new Credential(properties.token());
        }
        throw new DatabricksErrors.DatabricksWarehouseException(Reason.PERMISSION_DENIED,
                "Lakeside reads data as you, but Databricks did not pass your sign-in. Open Lakeside through "
                        + "its Databricks Apps URL; an admin must enable user authorization with the sql scope.",
                "No access token for " + user + " in identity mode user", null);
    }

    long userPoolCount() {
        return pools.userPoolCount();
    }

    @Override
    public void close() {
        runner.close();
        pools.close();
    }

    /** The app's own credential, or one user's access token. */
    private record Credential(String accessToken) {

        static final Credential APP = new Credential(null);

        Connection connect(ConnectionPools pools) throws SQLException {
            return accessToken == null ? pools.forApp() : pools.forToken(accessToken);
        }
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
