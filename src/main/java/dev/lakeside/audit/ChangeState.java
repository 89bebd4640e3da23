package dev.lakeside.audit;

import java.util.Locale;

/**
 * Where a change-set's audit entries stand. The editor writes its entries as {@code PENDING} before
 * the change itself and confirms or rejects them after by appending a marker row, so that on an engine without multi-statement
 * transactions (Databricks) there is never a change without its entries. History and undo read
 * {@code APPLIED} entries only; entries written before states existed (no state) count as applied.
 */
public enum ChangeState {
    PENDING, APPLIED, REJECTED;

    /** As stored in the {@code change_state} column. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
