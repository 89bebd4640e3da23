package dev.lakeside.databricks;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.lakeside.catalog.ColumnEntry;
import dev.lakeside.catalog.TableEntry;
import dev.lakeside.identity.IdentityProperties.IdentityMode;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.RowSink;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse.QueryOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The real databricks-sdk-java Unity Catalog calls, and streaming through the driver, against the fake. */
class UnityCatalogContractTest {

    private final DatabricksFake fake = new DatabricksFake();
    private final AtomicReference<UserIdentity> signedIn = new AtomicReference<>();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void appMode_listsUnityCatalogWithTheServicePrincipalToken() {
        fake.givenUnityCatalog();
        UnityCatalog catalog = catalog(IdentityMode.APP);

        assertThat(catalog.catalogs()).containsExactly("finance", "main");
        assertThat(catalog.schemas("main")).containsExactly("gold");
        assertThat(catalog.tables("main", "gold")).extracting(TableEntry::name, TableEntry::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("active_suppliers", TableEntry.Kind.VIEW),
                org.assertj.core.groups.Tuple.tuple("suppliers", TableEntry.Kind.TABLE));
        assertThat(catalog.columns("main", new TableName("gold", "suppliers"))).containsExactly(
                new ColumnEntry("id", "bigint", false, "key"), new ColumnEntry("name", "string", true, null));

        List<LoggedRequest> calls = fake.requests("GET", "/api/2.1/unity-catalog/.*");
        assertThat(calls).hasSize(4).allSatisfy(r ->
                assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + DatabricksFake.SP_TOKEN));
        assertThat(calls.get(1).queryParameter("catalog_name").firstValue()).isEqualTo("main");
        assertThat(calls.get(2).queryParameter("schema_name").firstValue()).isEqualTo("gold");
    }

    @Test
    void userMode_listsUnityCatalogWithEachUsersToken() {
        fake.givenUnityCatalog();
        UnityCatalog catalog = catalog(IdentityMode.USER);

        signedIn.set(new UserIdentity("alice", "a@x.com", "Alice", "token-alice", UserIdentity.Source.FORWARDED_HEADERS));
        catalog.catalogs();
        signedIn.set(new UserIdentity("bob", "b@x.com", "Bob", "token-bob", UserIdentity.Source.FORWARDED_HEADERS));
        catalog.schemas("main");

        assertThat(fake.requests("GET", "/api/2.1/unity-catalog/.*")).extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer token-alice", "Bearer token-bob");
        assertThat(fake.requests("POST", "/oidc/v1/token")).isEmpty();
    }

    @Test
    void stream_handsEveryRowToTheSink() {
        fake.givenResult(List.of("id:BIGINT", "name:STRING"), "[[\"1\",\"a\"],[\"2\",\"b\"],[\"3\",\"c\"]]");
        DatabricksProperties properties = properties();
        DatabricksWarehouse warehouse = new DatabricksWarehouse(properties, WorkspaceAddress.parse(fake.baseUrl()),
                new Credentials(IdentityMode.APP, signedIn::get, properties), Duration.ofSeconds(20), written -> {
        });
        List<String> names = new ArrayList<>();
        try {
            long count = warehouse.stream(new SqlBuilder(warehouse.dialect()).sql("SELECT * FROM ")
                    .table(new TableName("gold", "suppliers")).build(), QueryOptions.defaults(), new RowSink() {
                @Override
                public void columns(List<ColumnInfo> columns) {
                    assertThat(columns).extracting(ColumnInfo::name).containsExactly("id", "name");
                }

                @Override
                public void row(Row row) {
                    names.add(row.getString("name"));
                }
            });
            assertThat(count).isEqualTo(3);
        } finally {
            warehouse.close();
        }
        assertThat(names).containsExactly("a", "b", "c");
    }

    private UnityCatalog catalog(IdentityMode mode) {
        return new UnityCatalog("main", fake.workspaceClients(mode, signedIn::get));
    }

    private DatabricksProperties properties() {
        return new DatabricksProperties(fake.baseUrl(), "wh-123", "main", "client-id", "client-secret", null, 2,
                Duration.ofMinutes(30), Duration.ofMinutes(10), 1, Duration.ofMillis(50), Duration.ofSeconds(2));
    }
}
