package dev.lakeside.databricks;

import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.TablesWritten;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Lakeside's own Databricks path (properties, pools, OAuth M2M, the real databricks-jdbc driver,
 * {@link DatabricksDialect}, {@link DatabricksWarehouse}) pointed at a {@link DatabricksFake} that forwards
 * its SQL endpoints to the {@link SparkStandIn}: every statement runs on Spark SQL with Delta Lake.
 */
public final class SparkWarehouses implements AutoCloseable {

    private final DatabricksFake fake = new DatabricksFake().proxySqlTo(SparkStandIn.shared().baseUrl());

    public DatabricksFake fake() {
        return fake;
    }

    /** As the app's service principal (identity mode app), catalog {@code main}. */
    public DatabricksWarehouse asApp(Consumer<TablesWritten> onWrite) {
        return warehouse(IdentityMode.APP, () -> null, onWrite);
    }

    private DatabricksWarehouse warehouse(IdentityMode mode, Supplier<UserIdentity> signedIn, Consumer<TablesWritten> onWrite) {
        DatabricksProperties properties = new DatabricksProperties(fake.baseUrl(), "wh-standin", "main", "client-id",
                "client-secret", null, 4, Duration.ofMinutes(30), Duration.ofMinutes(10), 1, Duration.ofMillis(50),
                Duration.ofSeconds(5));
        return new DatabricksWarehouse(properties, WorkspaceAddress.parse(fake.baseUrl()),
                new Credentials(mode, signedIn, properties), Duration.ofSeconds(60), onWrite);
    }

    @Override
    public void close() {
        fake.close();
    }
}
