package dev.lakeside.warehouse;

/**
 * A table known to the application, as {@code schema.table}. Both parts must be plain
 * identifiers, so a table name can never smuggle SQL in.
 */
public record TableName(String schema, String table) {

    public TableName {
        Identifiers.requireValid(schema);
        Identifiers.requireValid(table);
    }

    /** Parses {@code schema.table}; rejects anything else. */
    public static TableName parse(String qualified) {
        String[] parts = qualified.split("\\.", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected schema.table but got: " + qualified);
        }
        return new TableName(parts[0], parts[1]);
    }

    @Override
    public String toString() {
        return schema + "." + table;
    }
}
