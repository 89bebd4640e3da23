package dev.lakeside.live;

import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.SqlStatement;
import dev.lakeside.warehouse.Warehouse;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The incremental bronze to silver to gold roll-up. One run takes the bronze rows after the
 * checkpoint's sequence number, recomputes from bronze the silver windows (min, max, sum, count per
 * device, window and metric) that those inside the watermark fall into, counts the rest as dropped,
 * recomputes the gold moving averages from the first touched window on, and then advances the
 * checkpoint in one statement.
 *
 * <p>Every write before the checkpoint is a function of the checkpoint and of bronze, not of what
 * silver and gold held before, so a run that stops half-way is simply done again by the next one:
 * exactly-once without a transaction, which Databricks SQL does not have. On the embedded
 * warehouse the run is also one transaction.
 *
 * <p>The watermark is the newest reading time seen before the run minus the allowed lateness; a
 * reading is too late when its window ended at or before the watermark.
 */
final class SensorRollUp {

    private static final LocalDateTime NO_WATERMARK = LocalDateTime.of(1970, 1, 1, 0, 0);

    private final Warehouse warehouse;
    private final SensorTables tables;
    private final LiveProperties.Pipeline settings;
    private final Clock clock;
    private final RollUpSql sql;

    SensorRollUp(Warehouse warehouse, SensorTables tables, LiveProperties.Pipeline settings, Clock clock) {
        this.warehouse = warehouse;
        this.tables = tables;
        this.settings = settings;
        this.clock = clock;
        this.sql = new RollUpSql(warehouse.dialect(), tables, settings);
    }

    /** Processes what bronze holds beyond the checkpoint (at most maxReadingsPerRun rows). */
    RollUpReport runOnce() {
        RollUpReport report = warehouse.inTransaction(tx -> {
            PipelineCheckpoint checkpoint = readCheckpoint(tx);
            LocalDateTime watermark = checkpoint.maxEventTs() == null
                    ? NO_WATERMARK : checkpoint.maxEventTs().minus(settings.watermark());
            long from = checkpoint.lastSeq();
            Row stats = tx.query(sql.stats(from, watermark)).rows().getFirst();
            long readings = stats.getLong("n");
            LocalDateTime now = LocalDateTime.now(clock);
            if (readings == 0) {
                tx.update(sql.heartbeat(now));
                return new RollUpReport(from, from, 0, 0, null);
            }
            long to = stats.getLong("hi");
            long dropped = stats.getLong("dropped");
            tx.update(sql.recomputeSilver(from, to, watermark));
            tx.update(sql.deleteStaleGold(from, to, watermark));
            tx.update(sql.insertGold(from, to, watermark));
            if (tx.update(sql.advance(from, to, stats.getTimestamp("newest"), readings, dropped, now)) != 1) {
                throw new IllegalStateException("Another processor advanced the sensor checkpoint past " + from);
            }
            return new RollUpReport(from, to, readings, dropped, null);
        });
        return new RollUpReport(report.fromSeq(), report.toSeq(), report.readings(), report.dropped(), clock.instant());
    }

    /** The committed checkpoint, read outside any run. */
    PipelineCheckpoint checkpoint() {
        return warehouse.inTransaction(this::readCheckpoint);
    }

    private PipelineCheckpoint readCheckpoint(Warehouse.Transaction tx) {
        QueryResult result = tx.query(new SqlBuilder(warehouse.dialect())
                .sql("SELECT last_seq, max_event_ts, processed, dropped_late, updated_at FROM ")
                .table(tables.checkpoint()).sql(" WHERE pipeline = ").value(SensorTables.PIPELINE).build());
        if (result.size() != 1) {
            throw new IllegalStateException("No sensor pipeline checkpoint in " + tables.checkpoint()
                    + "; the sensor demo data (or SensorTableSetup on Databricks) creates it");
        }
        Row row = result.rows().getFirst();
        return new PipelineCheckpoint(row.getLong("last_seq"), row.getTimestamp("max_event_ts"),
                row.getLong("processed"), row.getLong("dropped_late"), row.getTimestamp("updated_at"));
    }
}
