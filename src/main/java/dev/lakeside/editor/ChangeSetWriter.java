package dev.lakeside.editor;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.audit.ChangeState;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a change-set, all of it or nothing, audited, never over someone else's change: reads the
 * current rows and refuses the set if any row changed since it was loaded; otherwise writes the audit
 * entries as pending, then one guarded MERGE (which re-checks every row itself, so a save racing this
 * one cannot be overwritten), then confirms the entries. On DuckDB all of it is one transaction; on
 * Databricks each statement commits alone, and the order makes every outcome safe (docs/editor.md,
 * "Atomic on Databricks"). Callers have already checked permissions and values.
 */
@Component
class ChangeSetWriter {

    private static final Logger log = LoggerFactory.getLogger(ChangeSetWriter.class);
    /** How often, and how far apart, a refused save looks for the concurrent save that refused it. */
    private static final int CONFLICT_READS = 20;
    private static final long CONFLICT_READ_PAUSE_MS = 100;

    private final Warehouse warehouse;
    private final TableShapes shapes;
    private final AuditTrail audit;

    ChangeSetWriter(Warehouse warehouse, TableShapes shapes, AuditTrail audit) {
        this.warehouse = warehouse;
        this.shapes = shapes;
        this.audit = audit;
    }

    SaveResult write(EditorTool tool, List<RowChange> changes, String userId) {
        audit.requireComplete();
        MergeSql sql = new MergeSql(tool, shapes, warehouse.dialect());
        String changeSetId = UUID.randomUUID().toString();
        boolean[] pendingWritten = {false};
        try {
            return warehouse.inTransaction(tx -> {
                Map<String, EditorRow> current = currentRows(tool, sql, tx::query, keys(changes));
                List<Conflict> conflicts = conflicts(tool, changes, current);
                if (!conflicts.isEmpty()) {
                    return new SaveResult(null, 0, conflicts);
                }
                List<AuditEntry> entries = ChangeSetAudit.entries(tool, changes, current, userId, changeSetId);
                pendingWritten[0] = true;
                audit.recordPending(tx, entries);
                int written = tx.update(sql.merge(changes, LocalDateTime.now(ZoneOffset.UTC)));
                // The guard writes all or nothing, so any other count is a conflict or a MERGE that did not do
                // what was checked; throwing rolls back where there are transactions. A driver that reports
                // no count (negative, as JDBC allows) cannot be checked this way.
                if (written >= 0 && written != changes.size()) {
                    throw new NotWritten(written);
                }
                try {
                    audit.mark(tx, changeSetId, ChangeState.APPLIED);
                } catch (WarehouseException e) {
                    throw new NotConfirmed(e, entries);
                }
                return new SaveResult(changeSetId, changes.size(), List.of());
            });
        } catch (NotWritten e) {
            rejectQuietly(changeSetId, pendingWritten[0]);
            return conflictsNow(tool, sql, changes).orElseThrow(() -> new EditRefused("Nothing was written: the warehouse "
                    + "changed " + e.written + " rows for " + changes.size() + " changes. Reload the rows and try again."));
        } catch (NotConfirmed e) {
            return resolveUnconfirmed(tool, changes, changeSetId, e);
        } catch (WarehouseException e) {
            rejectQuietly(changeSetId, pendingWritten[0]);
            if (e.reason() == WarehouseException.Reason.CONFLICT) {
                // The engine stopped a concurrent write: show what the other save wrote, like any conflict. That
                // save may not have committed yet when this one is refused (DuckDB refuses at once), so look again.
                return afterOtherCommits(tool, sql, changes).orElseThrow(() -> new EditRefused("Someone else was saving"
                        + " the same rows at the same moment. Nothing was written. Reload the rows and try again."));
            }
            throw e;
        }
    }

    /**
     * The MERGE ran but the confirmation failed. With a real transaction everything was rolled back;
     * where each statement commits alone the change is in the table. The rows tell which.
     */
    private SaveResult resolveUnconfirmed(EditorTool tool, List<RowChange> changes, String changeSetId, NotConfirmed e) {
        MergeSql sql = new MergeSql(tool, shapes, warehouse.dialect());
        Map<String, EditorRow> now = currentRows(tool, sql, warehouse::query, keys(changes));
        if (ChangeSetAudit.holdsNewValues(tool, shapes, e.entries, now)) {
            log.warn("Change-set {} was written but not confirmed ({}); confirming again", changeSetId, e.getCause().getMessage());
            try {
                mark(changeSetId, ChangeState.APPLIED);
            } catch (WarehouseException again) {
                log.warn("Change-set {} stays pending until the reconciler confirms it: {}", changeSetId, again.getMessage());
            }
            return new SaveResult(changeSetId, changes.size(), List.of());
        }
        rejectQuietly(changeSetId, true);
        throw (WarehouseException) e.getCause();
    }

    /** The conflicts with the rows as they are now, if any. */
    private Optional<SaveResult> conflictsNow(EditorTool tool, MergeSql sql, List<RowChange> changes) {
        List<Conflict> conflicts = conflicts(tool, changes, currentRows(tool, sql, warehouse::query, keys(changes)));
        return conflicts.isEmpty() ? Optional.empty() : Optional.of(new SaveResult(null, 0, conflicts));
    }

    /** {@link #conflictsNow}, read again for up to two seconds while a concurrent save is still committing. */
    private Optional<SaveResult> afterOtherCommits(EditorTool tool, MergeSql sql, List<RowChange> changes) {
        for (int attempt = 0; attempt < CONFLICT_READS; attempt++) {
            Optional<SaveResult> conflicts = conflictsNow(tool, sql, changes);
            if (conflicts.isPresent()) {
                return conflicts;
            }
            try {
                Thread.sleep(CONFLICT_READ_PAUSE_MS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Best effort: marks the set rejected where its pending entries outlived the failed save (no rollback); where a
     * transaction rolled them back there is nothing to mark. The reconciler rejects what is left anyway.
     */
    private void rejectQuietly(String changeSetId, boolean pendingWritten) {
        if (!pendingWritten) {
            return;
        }
        try {
            if (!audit.hasPending(changeSetId)) {
                return;
            }
            mark(changeSetId, ChangeState.REJECTED);
        } catch (WarehouseException e) {
            log.warn("Could not mark change-set {} rejected; the reconciler will: {}", changeSetId, e.getMessage());
        }
    }

    /** Marks a change-set in a statement of its own, through the same warehouse as the save. */
    private void mark(String changeSetId, ChangeState state) {
        warehouse.inTransaction(tx -> audit.mark(tx, changeSetId, state));
    }

    private static List<Conflict> conflicts(EditorTool tool, List<RowChange> changes, Map<String, EditorRow> current) {
        List<Conflict> conflicts = new ArrayList<>();
        for (RowChange change : changes) {
            EditorRow now = current.get(keyText(tool, change.key()));
            if (!ExpectedState.of(tool, change).holdsFor(now)) {
                conflicts.add(new Conflict(change, now));
            }
        }
        return conflicts;
    }

    /** The current rows of these keys, by key text, read in one statement. */
    static Map<String, EditorRow> currentRows(EditorTool tool, MergeSql sql, Reader reader, List<RowKey> keys) {
        Map<String, EditorRow> current = new LinkedHashMap<>();
        reader.query(sql.currentRows(keys)).rows().forEach(row -> {
            EditorRow editorRow = toRow(tool, row);
            current.put(keyText(tool, editorRow.key(tool.keyColumns())), editorRow);
        });
        return current;
    }

    private static List<RowKey> keys(List<RowChange> changes) {
        return changes.stream().map(RowChange::key).toList();
    }

    /** A query inside or outside a transaction. */
    @FunctionalInterface
    interface Reader {
        dev.lakeside.warehouse.QueryResult query(dev.lakeside.warehouse.SqlStatement statement);
    }

    static EditorRow toRow(EditorTool tool, Row row) {
        Map<String, Object> values = new LinkedHashMap<>();
        tool.allowedColumns().forEach(c -> values.put(c, row.get(c)));
        return new EditorRow(values);
    }

    /** Keys compared as text: a typed key (Long) and a read key (Integer) of the same row match. */
    static String keyText(EditorTool tool, RowKey key) {
        return key.toText(tool.keyColumns());
    }

    /** The guarded MERGE wrote fewer (or more) rows than changes: thrown to roll back where that is possible. */
    private static final class NotWritten extends RuntimeException {
        final int written;

        NotWritten(int written) {
            super(null, null, false, false);
            this.written = written;
        }
    }

    /** The MERGE returned, the confirmation of its audit entries failed. */
    private static final class NotConfirmed extends RuntimeException {
        final List<AuditEntry> entries;

        NotConfirmed(WarehouseException cause, List<AuditEntry> entries) {
            super(cause.getMessage(), cause, false, false);
            this.entries = entries;
        }
    }
}
