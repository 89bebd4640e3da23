package dev.lakeside.warehouse;

import java.sql.JDBCType;

/**
 * One column of a result.
 *
 * @param name     the column label as the engine reports it
 * @param type     the JDBC type family, for formatting and filtering
 * @param typeName the engine's own type name, such as {@code VARCHAR} or {@code DECIMAL(10,2)}
 */
public record ColumnInfo(String name, JDBCType type, String typeName) {
}
