package dev.lakeside.predict;

import dev.lakeside.warehouse.TableName;

/**
 * A batch the user asked for: score every row of {@code source} into a new table {@code output}.
 */
record BatchRequest(TableName source, TableName output) {
}
