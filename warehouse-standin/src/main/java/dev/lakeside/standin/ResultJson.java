package dev.lakeside.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A finished statement's {@code manifest} and {@code result} in the Statement Execution API's
 * {@code JSON_ARRAY} format: every value a string (or null), columns typed by {@code type_name}
 * and {@code type_text}, all rows in one inline chunk.
 */
final class ResultJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

    private ResultJson() {
    }

    static void write(ObjectNode response, StructType schema, List<Row> rows) {
        ObjectNode manifest = response.putObject("manifest");
        manifest.put("format", "JSON_ARRAY");
        ObjectNode schemaNode = manifest.putObject("schema");
        schemaNode.put("column_count", schema.fields().length);
        ArrayNode columns = schemaNode.putArray("columns");
        int position = 0;
        for (StructField field : schema.fields()) {
            ObjectNode column = columns.addObject();
            column.put("name", field.name());
            column.put("type_text", field.dataType().sql());
            column.put("type_name", typeName(field.dataType()));
            column.put("position", position++);
            if (field.dataType() instanceof DecimalType decimal) {
                column.put("type_precision", decimal.precision());
                column.put("type_scale", decimal.scale());
            }
        }
        manifest.put("total_chunk_count", 1);
        ObjectNode chunk = manifest.putArray("chunks").addObject();
        chunk.put("chunk_index", 0).put("row_offset", 0).put("row_count", rows.size());
        manifest.put("total_row_count", rows.size());
        manifest.put("truncated", false);

        ObjectNode result = response.putObject("result");
        result.put("chunk_index", 0).put("row_offset", 0).put("row_count", rows.size());
        ArrayNode data = result.putArray("data_array");
        for (Row row : rows) {
            ArrayNode values = data.addArray();
            for (int i = 0; i < row.length(); i++) {
                values.add(text(row.get(i)));
            }
        }
    }

    /** The API's type_name for a Spark type (BOOLEAN, INT, LONG, DECIMAL, TIMESTAMP, STRING, ...). */
    static String typeName(DataType type) {
        if (type instanceof DecimalType) {
            return "DECIMAL";
        }
        if (type.equals(DataTypes.IntegerType)) {
            return "INT";
        }
        if (type.equals(DataTypes.TimestampNTZType)) {
            return "TIMESTAMP_NTZ";
        }
        String sql = type.sql().toUpperCase(Locale.ROOT);
        return switch (sql) {
            case "BIGINT" -> "LONG";
            case "SMALLINT" -> "SHORT";
            case "TINYINT" -> "BYTE";
            case "VOID" -> "NULL";
            default -> sql.replaceAll("[<(].*", "");
        };
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return INSTANT.format(timestamp.toInstant());
        }
        if (value instanceof Instant instant) {
            return INSTANT.format(instant);
        }
        if (value instanceof scala.collection.Seq<?> || value instanceof scala.collection.Map<?, ?> || value instanceof Row) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
