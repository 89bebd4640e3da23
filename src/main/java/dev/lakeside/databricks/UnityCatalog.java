package dev.lakeside.databricks;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.error.platform.NotFound;
import com.databricks.sdk.service.catalog.ListCatalogsRequest;
import com.databricks.sdk.service.catalog.ListSchemasRequest;
import com.databricks.sdk.service.catalog.ListTablesRequest;
import com.databricks.sdk.service.catalog.TableInfo;
import com.databricks.sdk.service.catalog.TableType;
import dev.lakeside.catalog.ColumnEntry;
import dev.lakeside.catalog.TableEntry;
import dev.lakeside.catalog.WarehouseCatalog;
import dev.lakeside.warehouse.TableName;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * The catalog browser on Unity Catalog, through databricks-sdk-java's catalogs, schemas and tables
 * list calls. Each call runs with the same credential rule as the warehouse ({@link Credentials}):
 * in identity mode user, a user lists only what their own grants show. Unity Catalog keeps no cheap
 * row count, so tables have none.
 */
final class UnityCatalog implements WarehouseCatalog {

    private final String catalog;
    private final WorkspaceClients clients;

    UnityCatalog(String catalog, WorkspaceClients clients) {
        this.catalog = catalog;
        this.clients = clients;
    }

    @Override
    public List<String> catalogs() {
        return call(w -> sorted(w.catalogs().list(new ListCatalogsRequest()), c -> c.getName()));
    }

    @Override
    public String currentCatalog() {
        return catalog;
    }

    @Override
    public List<String> schemas(String catalog) {
        return call(w -> sorted(w.schemas().list(new ListSchemasRequest().setCatalogName(catalog)), s -> s.getName())
                .stream().filter(name -> !name.equals("information_schema")).toList());
    }

    /** The schema's tables; none when the schema does not exist (yet), which Unity Catalog answers with 404. */
    @Override
    public List<TableEntry> tables(String catalog, String schema) {
        return call(w -> {
            try {
                return StreamSupport.stream(w.tables().list(new ListTablesRequest().setCatalogName(catalog)
                                .setSchemaName(schema)).spliterator(), false)
                        .map(t -> new TableEntry(catalog, schema, t.getName(),
                                isView(t) ? TableEntry.Kind.VIEW : TableEntry.Kind.TABLE, t.getComment(), null))
                        .sorted(Comparator.comparing(TableEntry::name))
                        .toList();
            } catch (NotFound missingSchema) {
                return List.<TableEntry>of();
            }
        });
    }

    @Override
    public List<ColumnEntry> columns(String catalog, TableName table) {
        TableInfo info = call(w -> w.tables().get(catalog + "." + table.schema() + "." + table.table()));
        if (info.getColumns() == null) {
            return List.of();
        }
        return info.getColumns().stream()
                .sorted(Comparator.comparing(c -> c.getPosition() == null ? Long.MAX_VALUE : c.getPosition()))
                .map(c -> new ColumnEntry(c.getName(), c.getTypeText(), !Boolean.FALSE.equals(c.getNullable()), c.getComment()))
                .toList();
    }

    private static boolean isView(TableInfo table) {
        return table.getTableType() == TableType.VIEW || table.getTableType() == TableType.MATERIALIZED_VIEW;
    }

    private <T> T call(Function<WorkspaceClient, T> work) {
        return clients.asCaller(work);
    }

    private static <T> List<String> sorted(Iterable<T> items, Function<T, String> name) {
        return StreamSupport.stream(items.spliterator(), false).map(name).filter(Objects::nonNull).sorted().toList();
    }

}
