package dev.lakeside.audit;

import dev.lakeside.warehouse.TableName;

/**
 * One changed value, as the audit log keeps it.
 *
 * @param userId   who changed it
 * @param table    the table written
 * @param rowKey   the changed row's key, as text
 * @param column   the changed column
 * @param oldValue the value before, as text (null for none)
 * @param newValue the value after, as text (null for none)
 */
public record AuditEntry(String userId, TableName table, String rowKey, String column, String oldValue,
                         String newValue) {
}
