package dev.lakeside.predict;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.catalog.DuckDbCatalog;
import dev.lakeside.catalog.WarehouseCatalog;
import dev.lakeside.databricks.BothEngines;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Batch scoring into a new table on Spark SQL + Delta through the Databricks path: the source read page by
 * page, the table created, filled in chunks and audited. The same model scores the same customers on the
 * embedded DuckDB, and the two output tables must hold the same rows.
 */
class PredictOnSparkTest {

    private static final TableName CUSTOMERS = new TableName("gold", "customers");
    private static LocalChurnModel model;

    @BeforeAll
    static void trainOnce() {
        model = new LocalChurnModel(BothEngines.shared().duckDb(), PredictFixtures.properties());
        model.train();
    }

    @Test
    void batchIntoANewTable_sameRowsOnBothEngines_andAudited() {
        BothEngines engines = BothEngines.shared();
        String output = "churn_" + UUID.randomUUID().toString().substring(0, 8);

        BatchResult onSpark = score(engines.spark(), engines.sparkCatalog(), output, false);
        BatchResult onDuckDb = score(engines.duckDb(), new DuckDbCatalog(engines.duckDb()), output, true);

        assertThat(onSpark.rows()).isEqualTo(onDuckDb.rows()).isEqualTo(BothEngines.SIZES.customers());
        assertThat(scoring(engines.spark(), engines.sparkCatalog(), false).rowsToScore(CUSTOMERS))
                .isEqualTo(BothEngines.SIZES.customers());
        // the preview's rows without scored_at, the one column that differs
        assertThat(scoring(engines.spark(), engines.sparkCatalog(), false).preview(onSpark.output(), 5).rows())
                .extracting(r -> r.values().subList(0, 7)).isEqualTo(scoring(engines.duckDb(),
                        new DuckDbCatalog(engines.duckDb()), true).preview(onDuckDb.output(), 5).rows().stream()
                        .map(r -> r.values().subList(0, 7)).toList());
        assertThat(scores(engines.spark(), onSpark.output())).isEqualTo(scores(engines.duckDb(), onDuckDb.output()));
        AuditTrail sparkAudit = new AuditTrail(engines.spark(), AuditTrail.AUDIT_TABLE, false);
        assertThat(sparkAudit.changeSet(onSpark.changeSetId())).singleElement()
                .satisfies(r -> assertThat(r.entry().newValue()).startsWith(onSpark.rows() + " rows scored"));
    }

    @Test
    void batchCancelledAfterItsTableWasCreated_onSpark_leavesNoTable() {
        BothEngines engines = BothEngines.shared();
        BatchScoring scoring = scoring(engines.spark(), engines.sparkCatalog(), false);
        BatchRequest request = scoring.request(CUSTOMERS, "churn_cancelled_" + UUID.randomUUID().toString().substring(0, 8));
        // Databricks commits each statement: the table is created, the first chunk written, then the cancel comes.
        BatchRun[] run = new BatchRun[1];
        run[0] = new BatchRun(scored -> { }, written -> run[0].cancel());

        assertThatThrownBy(() -> scoring.score(request, run[0])).isInstanceOfSatisfying(WarehouseException.class,
                e -> assertThat(e.reason()).isEqualTo(WarehouseException.Reason.CANCELLED));

        assertThat(engines.sparkCatalog().table(request.output())).isEmpty();
    }

    private static BatchResult score(Warehouse warehouse, WarehouseCatalog catalog, String output, boolean embedded) {
        BatchScoring scoring = scoring(warehouse, catalog, embedded);
        return scoring.score(scoring.request(CUSTOMERS, output), new BatchRun(scored -> { }));
    }

    private static BatchScoring scoring(Warehouse warehouse, WarehouseCatalog catalog, boolean embedded) {
        AuditTrail audit = new AuditTrail(warehouse, AuditTrail.AUDIT_TABLE, embedded);
        audit.setUpNow();
        PredictProperties properties = PredictFixtures.properties();
        return new BatchScoring(warehouse, catalog, model, properties, new PredictionWriter(warehouse, audit, properties),
                BothEngines.appUser());
    }

    /** Every column but the time of scoring, in key order. */
    private static List<List<Object>> scores(Warehouse warehouse, TableName table) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT customer_id, age, tenure,")
                .sql(" monthly_charges, total_charges, churn_probability, risk_band FROM ").table(table)
                .sql(" ORDER BY customer_id").build()).rows().stream().map(Row::values).toList();
    }
}
