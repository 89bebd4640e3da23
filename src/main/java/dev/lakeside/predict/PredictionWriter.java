package dev.lakeside.predict;

import dev.lakeside.audit.AuditEntry;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.Warehouse.QueryOptions;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes a scored batch as a new table in one transaction: CREATE TABLE, INSERT ... SELECT over the
 * rows as bound parameters (a chunk per statement), and one audit entry for the whole table. Each
 * statement runs under the batch's cancel handle, and a cancel between statements rolls it all back;
 * where the warehouse commits statement by statement, the table created is dropped again.
 */
@Component
class PredictionWriter {

    static final String TOOL = "predict";
    /** DuckDB binds one array per column, so big chunks are cheap; elsewhere each value is a parameter. */
    private static final int DUCKDB_ROWS_PER_INSERT = 10_000;
    private static final int PARAMETERS_PER_INSERT = 1_000;

    private final Warehouse warehouse;
    private final AuditTrail audit;
    private final PredictProperties properties;

    PredictionWriter(Warehouse warehouse, AuditTrail audit, PredictProperties properties) {
        this.warehouse = warehouse;
        this.audit = audit;
        this.properties = properties;
    }

    /** Returns the audit change-set id. */
    String write(BatchRequest request, boolean wholeNumberKey, List<String> inputs, List<List<Object>> rows,
                 String userId, BatchRun run) {
        List<String> columns = new ArrayList<>();
        columns.add(properties.keyColumn());
        columns.addAll(inputs);
        columns.addAll(List.of(BatchScoring.PROBABILITY_COLUMN, BatchScoring.BAND_COLUMN, "scored_at"));
        List<String> types = new ArrayList<>();
        types.add(wholeNumberKey ? "BIGINT" : "STRING");
        types.addAll(Collections.nCopies(inputs.size() + 1, "DOUBLE"));
        types.addAll(List.of("STRING", "TIMESTAMP"));
        LocalDateTime scoredAt = LocalDateTime.now(ZoneOffset.UTC);
        String changeSetId = UUID.randomUUID().toString();
        AtomicBoolean created = new AtomicBoolean();
        try {
            writeInTransaction(request, wholeNumberKey, columns, types, rows, userId, run, scoredAt, changeSetId,
                    created);
        } catch (RuntimeException failed) {
            if (created.get()) {
                dropHalfWritten(request, failed);
            }
            throw failed;
        }
        return changeSetId;
    }

    private void writeInTransaction(BatchRequest request, boolean wholeNumberKey, List<String> columns,
                                    List<String> types, List<List<Object>> rows, String userId, BatchRun run,
                                    LocalDateTime scoredAt, String changeSetId, AtomicBoolean created) {
        int rowsPerInsert = "duckdb".equals(warehouse.dialect().name()) ? DUCKDB_ROWS_PER_INSERT
                : Math.max(1, PARAMETERS_PER_INSERT / columns.size());
        warehouse.inTransaction(tx -> {
            tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS ").identifier(request.output().schema()).build());
            SqlBuilder create = sql().sql("CREATE TABLE ").table(request.output()).sql(" (");
            for (int c = 0; c < columns.size(); c++) {
                create.sql(c == 0 ? "" : ", ").identifier(columns.get(c)).sql(" " + types.get(c));
            }
            tx.update(create.sql(")").build(), QueryOptions.cancellable(run.nextStatement()));
            created.set(true);
            for (int from = 0; from < rows.size(); from += rowsPerInsert) {
                run.checkNotCancelled();
                List<List<Object>> chunk = new ArrayList<>();
                for (List<Object> row : rows.subList(from, Math.min(rows.size(), from + rowsPerInsert))) {
                    List<Object> values = new ArrayList<>(row);
                    values.set(0, wholeNumberKey || values.getFirst() == null ? values.getFirst() : values.getFirst().toString());
                    values.add(scoredAt);
                    chunk.add(values);
                }
                SqlBuilder insert = sql().sql("INSERT INTO ").table(request.output()).sql(" (").identifiers(columns)
                        .sql(") SELECT * FROM ");
                warehouse.dialect().appendRows(insert, "scored", columns, types, chunk);
                tx.update(insert.build(), QueryOptions.cancellable(run.nextStatement()));
                run.written(Math.min(rows.size(), from + rowsPerInsert));
            }
            run.checkNotCancelled();
            audit.record(tx, new AuditEntry(userId, request.output(), "*", "rows", null,
                    rows.size() + " rows scored from " + request.source(), TOOL, changeSetId, AuditEntry.Kind.INSERT));
            return null;
        });
    }

    /**
     * Databricks SQL commits each statement of inTransaction on its own, so a failed or cancelled write
     * would leave the table it created half filled: drop it. (On DuckDB the rollback already did.)
     */
    private void dropHalfWritten(BatchRequest request, RuntimeException failed) {
        try {
            warehouse.update(sql().sql("DROP TABLE IF EXISTS ").table(request.output()).build());
        } catch (RuntimeException dropFailed) {
            failed.addSuppressed(dropFailed);
        }
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
