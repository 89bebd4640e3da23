package dev.lakeside.predict;

import dev.lakeside.catalog.WarehouseCatalog;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.warehouse.ColumnInfo;
import dev.lakeside.warehouse.Identifiers;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.Warehouse.QueryOptions;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.sql.JDBCType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Scores every row of an allow-listed table and writes the results to a new table. Rows are read in
 * key order one page at a time (keyset paging, so each page is an index-friendly range) and each page
 * goes to the model in one request. Nothing is written until every row is scored; then one
 * transaction creates the table, inserts the rows as bound values and records the audit entry, so a
 * failed batch, or one cancelled before the commit, leaves no table.
 */
@Service
class BatchScoring {

    static final String PROBABILITY_COLUMN = "churn_probability";
    static final String BAND_COLUMN = "risk_band";

    private static final Logger log = LoggerFactory.getLogger(BatchScoring.class);
    private static final Set<JDBCType> WHOLE_NUMBERS =
            Set.of(JDBCType.BIGINT, JDBCType.INTEGER, JDBCType.SMALLINT, JDBCType.TINYINT);

    private final Warehouse warehouse;
    private final WarehouseCatalog catalog;
    private final Predictor predictor;
    private final PredictProperties properties;
    private final PredictionWriter writer;
    private final CurrentUser currentUser;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    BatchScoring(Warehouse warehouse, WarehouseCatalog catalog, Predictor predictor, PredictProperties properties,
                 PredictionWriter writer, CurrentUser currentUser) {
        this.warehouse = warehouse;
        this.catalog = catalog;
        this.predictor = predictor;
        this.properties = properties;
        this.writer = writer;
        this.currentUser = currentUser;
    }

    /**
     * Checks a request before it runs: the source must be allow-listed, the output a plain, new table name.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    BatchRequest request(TableName source, String outputName) {
        if (source == null || !properties.sourceTables().contains(source.toString())) {
            throw new IllegalArgumentException("Pick one of the tables offered for scoring.");
        }
        String name = outputName == null ? "" : outputName.strip();
        if (!Identifiers.isValid(name)) {
            throw new IllegalArgumentException("The output table name may hold only letters, digits and underscores, "
                    + "and may not start with a digit.");
        }
        TableName output = new TableName(properties.outputSchema(), name);
        if (catalog.table(output).isPresent()) {
            throw new IllegalArgumentException("The table " + output + " already exists. Choose a new name.");
        }
        return new BatchRequest(source, output);
    }

    /** Rows the batch will read, for its progress bar. */
    long rowsToScore(TableName source) {
        long rows = ((Number) warehouse.query(sql().sql("SELECT count(*) FROM ").table(source).build())
                .singleValue()).longValue();
        if (rows > properties.maxBatchRows()) {
            throw new IllegalArgumentException(source + " has " + rows + " rows; a batch scores at most "
                    + properties.maxBatchRows() + " (lakeside.predict.max-batch-rows).");
        }
        return rows;
    }

    /** Starts the batch on a background thread as the current user (call it on the request thread). */
    CompletableFuture<BatchResult> start(BatchRequest request, BatchRun run) {
        return CompletableFuture.supplyAsync(() -> score(request, run), currentUser.as(executor));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Runs the batch on the calling thread, which must run as the user who asked. */
    BatchResult score(BatchRequest request, BatchRun run) {
        long start = System.nanoTime();
        String key = properties.keyColumn();
        List<String> inputs = predictor.schema().names();
        List<List<Object>> scored = new ArrayList<>();
        boolean wholeNumberKey = true;
        Object lastKey = null;
        long withProbability = 0;
        while (true) {
            run.checkNotCancelled();
            SqlBuilder page = sql().sql("SELECT ").identifier(key).sql(", ").identifiers(inputs).sql(" FROM ")
                    .table(request.source()).sql(" WHERE ").identifier(key).sql(" IS NOT NULL");
            if (lastKey != null) {
                page.sql(" AND ").identifier(key).sql(" > ").value(lastKey);
            }
            QueryResult rows = warehouse.query(page.sql(" ORDER BY ").identifier(key).sql(" LIMIT ")
                    .integer(properties.pageSize()).build(), QueryOptions.cancellable(run.nextStatement()));
            if (rows.size() == 0) {
                break;
            }
            ColumnInfo keyInfo = rows.columns().getFirst();
            wholeNumberKey = WHOLE_NUMBERS.contains(keyInfo.type());
            withProbability += scorePage(rows, inputs, scored);
            lastKey = rows.rows().getLast().get(0);
            run.scored(scored.size());
            if (rows.size() < properties.pageSize()) {
                break;
            }
        }
        run.checkNotCancelled();
        long written = System.nanoTime();
        String changeSetId = writer.write(request, wholeNumberKey, inputs, scored, currentUser.get().userId(), run);
        log.info("Batch {} -> {}: {} rows read and scored in {} ms, written in {} ms", request.source(),
                request.output(), scored.size(), (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        return new BatchResult(request.output(), scored.size(), withProbability, changeSetId);
    }

    /** Scores the complete rows of one page in one model call; rows missing an input get no probability. */
    private int scorePage(QueryResult page, List<String> inputs, List<List<Object>> out) {
        List<Map<String, Object>> complete = new ArrayList<>();
        for (Row row : page.rows()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                Object value = row.get(i + 1);
                if (value != null) {
                    values.put(inputs.get(i), ((Number) value).doubleValue());
                }
            }
            if (values.size() == inputs.size()) {
                complete.add(values);
            }
        }
        List<Double> probabilities = complete.isEmpty() ? List.of() : predictor.probabilities(complete);
        int next = 0;
        for (Row row : page.rows()) {
            List<Object> values = new ArrayList<>(row.values());
            for (int i = 1; i < values.size(); i++) {
                values.set(i, values.get(i) == null ? null : ((Number) values.get(i)).doubleValue());
            }
            boolean isComplete = values.stream().noneMatch(java.util.Objects::isNull);
            Double probability = isComplete ? probabilities.get(next++) : null;
            values.add(probability);
            values.add(probability == null ? null : RiskBand.of(probability).title());
            out.add(values);
        }
        return next;
    }

    /** The first rows of a table a batch wrote, in key order, for the preview grid. */
    QueryResult preview(TableName output, int limit) {
        return warehouse.query(sql().sql("SELECT * FROM ").table(output).sql(" ORDER BY ")
                .identifier(properties.keyColumn()).sql(" LIMIT ").integer(limit).build());
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
