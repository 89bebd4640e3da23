package dev.lakeside.audit;

import dev.lakeside.warehouse.TableName;

/**
 * One changed value, as the audit log keeps it.
 *
 * @param userId      who changed it
 * @param table       the table written
 * @param rowKey      the changed row's key, as text
 * @param column      the changed column
 * @param oldValue    the value before, as text (null for none)
 * @param newValue    the value after, as text (null for none)
 * @param tool        the tool the change was made with, or null
 * @param changeSetId the change-set the value was saved in (all values saved together share it), or null
 * @param kind        whether the row was updated, inserted or deleted
 */
public record AuditEntry(String userId, TableName table, String rowKey, String column, String oldValue,
                         String newValue, String tool, String changeSetId, Kind kind) {

    /** What happened to the row. */
    public enum Kind {
        UPDATE, INSERT, DELETE
    }

    public AuditEntry {
        kind = kind == null ? Kind.UPDATE : kind;
    }

    /** An updated value outside any tool or change-set. */
    public AuditEntry(String userId, TableName table, String rowKey, String column, String oldValue, String newValue) {
        this(userId, table, rowKey, column, oldValue, newValue, null, null, Kind.UPDATE);
    }
}
