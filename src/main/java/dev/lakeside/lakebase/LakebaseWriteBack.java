package dev.lakeside.lakebase;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.writeback.WriteBackStore;

/** App data in Lakebase: a Postgres {@link Warehouse} and the audit trail in the same database. */
record LakebaseWriteBack(Warehouse database, AuditTrail audit) implements WriteBackStore {

    @Override
    public boolean isWarehouse() {
        return false;
    }

    @Override
    public String displayName() {
        return "Lakebase (PostgreSQL)";
    }
}
