package dev.lakeside.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Column;
import org.apache.spark.sql.catalog.Database;
import org.apache.spark.sql.catalog.Table;

import java.util.Locale;

/**
 * The Unity Catalog list and get calls the catalog browser makes ({@code /api/2.1/unity-catalog/catalogs},
 * {@code schemas}, {@code tables}, {@code tables/{full_name}}), answered from the engine's own catalog, so
 * column types are the real tables' types. One catalog, {@code main}.
 */
final class UnityCatalogApi {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private final SparkSession spark;

    UnityCatalogApi(SparkSession spark) {
        this.spark = spark;
    }

    ObjectNode catalogs() {
        ObjectNode answer = JSON.objectNode();
        answer.putArray("catalogs").addObject().put("name", "main");
        return answer;
    }

    ObjectNode schemas(String catalog) throws AnalysisException {
        ObjectNode answer = JSON.objectNode();
        ArrayNode schemas = answer.putArray("schemas");
        for (Database database : spark.catalog().listDatabases().collectAsList()) {
            schemas.addObject().put("name", database.name()).put("catalog_name", catalog);
        }
        return answer;
    }

    ObjectNode tables(String catalog, String schema) throws AnalysisException {
        ObjectNode answer = JSON.objectNode();
        ArrayNode tables = answer.putArray("tables");
        for (Table table : spark.catalog().listTables(schema).collectAsList()) {
            if (!table.isTemporary()) {
                tables.add(table(catalog, schema, table.name(), table.tableType()).put("comment", table.description()));
            }
        }
        return answer;
    }

    /** A table with its columns; {@code fullName} is {@code catalog.schema.table}. */
    ObjectNode table(String fullName) throws AnalysisException {
        String[] parts = fullName.split("\\.");
        Table table = spark.catalog().getTable(parts[1] + "." + parts[2]);
        ObjectNode answer = table(parts[0], parts[1], table.name(), table.tableType());
        ArrayNode columns = answer.putArray("columns");
        int position = 0;
        for (Column column : spark.catalog().listColumns(parts[1] + "." + parts[2]).collectAsList()) {
            columns.addObject().put("name", column.name()).put("type_text", column.dataType())
                    .put("type_name", column.dataType().replaceAll("[(<].*", "").toUpperCase(Locale.ROOT))
                    .put("position", position++).put("nullable", column.nullable()).put("comment", column.description());
        }
        return answer;
    }

    private static ObjectNode table(String catalog, String schema, String name, String type) {
        return JSON.objectNode().put("name", name).put("catalog_name", catalog).put("schema_name", schema)
                .put("full_name", catalog + "." + schema + "." + name)
                .put("table_type", "VIEW".equalsIgnoreCase(type) ? "VIEW" : "MANAGED");
    }
}
