package dev.lakeside.writeback;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.Warehouse;

/**
 * Where the app's own data goes: annotation answers, final labels and their audit rows. Chosen by
 * {@code lakeside.writeback.store}: {@code warehouse} (default) keeps them in the SQL warehouse
 * next to the data; {@code lakebase} writes them to Postgres (Lakebase), each write and its audit
 * row in one Postgres transaction. Edits of warehouse tables (the table editors) are not app data:
 * their audit stays in the warehouse transaction that changes the table.
 */
public interface WriteBackStore {

    /** The database written to; its statements are built with its own dialect. */
    Warehouse database();

    /** The audit trail inside {@link #database()}, to record in the same transaction as the write. */
    AuditTrail audit();

    /** True when {@link #database()} is the SQL warehouse itself, so its tables can be joined with the data. */
    boolean isWarehouse();

    /** For people: where the data is kept, such as "Lakebase (PostgreSQL)". */
    String displayName();
}
