package dev.lakeside.writeback;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.Warehouse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The default: app data lives in the SQL warehouse, audited with the warehouse's own trail. */
@Component
@ConditionalOnProperty(name = "lakeside.writeback.store", havingValue = "warehouse", matchIfMissing = true)
class WarehouseWriteBack implements WriteBackStore {

    private final Warehouse warehouse;
    private final AuditTrail audit;

    WarehouseWriteBack(Warehouse warehouse, AuditTrail audit) {
        this.warehouse = warehouse;
        this.audit = audit;
    }

    @Override
    public Warehouse database() {
        return warehouse;
    }

    @Override
    public AuditTrail audit() {
        return audit;
    }

    @Override
    public boolean isWarehouse() {
        return true;
    }

    @Override
    public String displayName() {
        return "the SQL warehouse (" + warehouse.dialect().name() + ")";
    }
}
