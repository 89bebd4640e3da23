package dev.lakeside.catalog;

import dev.lakeside.warehouse.DuckDbWarehouse;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DuckDbCatalogTest {

    @TempDir
    Path dir;
    private DuckDbWarehouse warehouse;
    private DuckDbCatalog catalog;

    @BeforeEach
    void open() {
        warehouse = new DuckDbWarehouse(dir.resolve("shop.duckdb"), Duration.ofSeconds(30), written -> { });
        run("CREATE SCHEMA gold");
        run("CREATE TABLE gold.orders (id BIGINT NOT NULL, customer VARCHAR, amount DECIMAL(10,2), placed DATE)");
        run("COMMENT ON TABLE gold.orders IS 'One row per order'");
        run("COMMENT ON COLUMN gold.orders.amount IS 'Gross amount'");
        run("INSERT INTO gold.orders SELECT range, 'c' || range, range / 10, DATE '2026-01-01' FROM range(1234)");
        run("CREATE VIEW gold.big_orders AS SELECT * FROM gold.orders WHERE amount > 100");
        catalog = new DuckDbCatalog(warehouse);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void catalogsAndSchemas_listUserObjectsOnly() {
        assertThat(catalog.catalogs()).containsExactly("shop");
        assertThat(catalog.currentCatalog()).isEqualTo("shop");
        assertThat(catalog.schemas("shop")).containsExactly("gold", "main");
        assertThat(catalog.schemas("nowhere")).isEmpty();
    }

    @Test
    void tables_haveKindCommentAndCheapRowCount() {
        assertThat(catalog.tables("shop", "gold")).containsExactly(
                new TableEntry("shop", "gold", "big_orders", TableEntry.Kind.VIEW, null, null),
                new TableEntry("shop", "gold", "orders", TableEntry.Kind.TABLE, "One row per order", 1234L));
        assertThat(catalog.table(new TableName("gold", "orders"))).map(TableEntry::estimatedRows).contains(1234L);
        assertThat(catalog.table(new TableName("gold", "missing"))).isEmpty();
    }

    @Test
    void columns_inDeclaredOrderWithTypesAndKinds() {
        var columns = catalog.columns("shop", new TableName("gold", "orders"));

        assertThat(columns).extracting(ColumnEntry::name).containsExactly("id", "customer", "amount", "placed");
        assertThat(columns).extracting(ColumnEntry::type).containsExactly("BIGINT", "VARCHAR", "DECIMAL(10,2)", "DATE");
        assertThat(columns).extracting(ColumnEntry::kind)
                .containsExactly(ColumnKind.NUMBER, ColumnKind.TEXT, ColumnKind.NUMBER, ColumnKind.DATE);
        assertThat(columns.getFirst().nullable()).isFalse();
        assertThat(columns.get(2).comment()).isEqualTo("Gross amount");
    }

    private void run(String trustedSql) {
        warehouse.update(new SqlBuilder(warehouse.dialect()).sql(trustedSql).build());
    }
}
