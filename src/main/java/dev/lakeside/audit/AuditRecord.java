package dev.lakeside.audit;

import java.time.LocalDateTime;

/**
 * An entry as read back from the audit log.
 *
 * @param changedAt when it was written, in UTC
 * @param entry     what was written
 */
public record AuditRecord(LocalDateTime changedAt, AuditEntry entry) {
}
