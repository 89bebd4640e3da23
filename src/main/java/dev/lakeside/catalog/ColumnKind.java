package dev.lakeside.catalog;

import java.util.Locale;

/** Type families that decide which filter and which aggregates a column offers. */
public enum ColumnKind {
    TEXT, NUMBER, DATE, TIMESTAMP, BOOLEAN, OTHER;

    /** Classifies a DuckDB or Databricks (Spark SQL) type name. */
    public static ColumnKind of(String typeName) {
        String type = typeName == null ? "" : typeName.trim().toUpperCase(Locale.ROOT);
        if (type.startsWith("VARCHAR") || type.startsWith("STRING") || type.startsWith("CHAR") || type.equals("TEXT")) {
            return TEXT;
        }
        if (type.startsWith("DECIMAL") || type.startsWith("NUMERIC") || type.endsWith("INT") || type.contains("INTEGER")
                || type.equals("DOUBLE") || type.equals("FLOAT") || type.equals("REAL") || type.equals("HUGEINT")
                || type.equals("UHUGEINT") || type.equals("BYTE") || type.equals("SHORT") || type.equals("LONG")) {
            return NUMBER;
        }
        if (type.equals("DATE")) {
            return DATE;
        }
        if (type.startsWith("TIMESTAMP")) {
            return TIMESTAMP;
        }
        if (type.equals("BOOLEAN")) {
            return BOOLEAN;
        }
        return OTHER;
    }
}
