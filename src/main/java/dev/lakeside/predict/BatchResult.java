package dev.lakeside.predict;

import dev.lakeside.warehouse.TableName;

/**
 * A finished batch.
 *
 * @param output      the table written
 * @param rows        rows written
 * @param scored      rows that had every input and got a probability (the others hold NULL)
 * @param changeSetId the audit change-set of the write
 */
record BatchResult(TableName output, long rows, long scored, String changeSetId) {
}
