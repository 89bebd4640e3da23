package dev.lakeside.audit;

import dev.lakeside.warehouse.WarehouseException;

/** Audited writes are refused, before anything is written, because the audit table lacks columns. */
public final class AuditTableIncomplete extends WarehouseException {

    private final String userMessage;

    AuditTableIncomplete(String userMessage) {
        super(Reason.INVALID_STATEMENT, userMessage, null);
        this.userMessage = userMessage;
    }

    @Override
    public String userMessage() {
        return userMessage;
    }
}
