package dev.lakeside.annotate;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.writeback.WriteBackStore;

/** Answers kept in the warehouse, next to the items and leases (no audit: warehouse answers have none). */
record InTheWarehouse(Warehouse database) implements WriteBackStore {
    @Override
    public AuditTrail audit() {
        return null;
    }

    @Override
    public boolean isWarehouse() {
        return true;
    }

    @Override
    public String displayName() {
        return "the warehouse";
    }
}
