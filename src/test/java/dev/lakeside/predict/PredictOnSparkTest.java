package dev.lakeside.predict;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.catalog.DuckDbCatalog;
import dev.lakeside.catalog.WarehouseCatalog;
import dev.lakeside.databricks.BothEngines;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(scores(engines.spark(), onSpark.output())).isEqualTo(scores(engines.duckDb(), onDuckDb.output()));
        AuditTrail sparkAudit = new AuditTrail(engines.spark(), AuditTrail.AUDIT_TABLE, false);
        assertThat(sparkAudit.changeSet(onSpark.changeSetId())).singleElement()
                .satisfies(r -> assertThat(r.entry().newValue()).startsWith(onSpark.rows() + " rows scored"));
    }

    private static BatchResult score(Warehouse warehouse, WarehouseCatalog catalog, String output, boolean embedded) {
        AuditTrail audit = new AuditTrail(warehouse, AuditTrail.AUDIT_TABLE, embedded);
        audit.setUpNow();
        PredictProperties properties = PredictFixtures.properties();
        BatchScoring scoring = new BatchScoring(warehouse, catalog, model, properties,
                new PredictionWriter(warehouse, audit, properties), BothEngines.appUser());
        return scoring.score(scoring.request(CUSTOMERS, output), new BatchRun(scored -> { }));
    }

    /** Every column but the time of scoring, in key order. */
    private static List<List<Object>> scores(Warehouse warehouse, TableName table) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT customer_id, age, tenure,")
                .sql(" monthly_charges, total_charges, churn_probability, risk_band FROM ").table(table)
                .sql(" ORDER BY customer_id").build()).rows().stream().map(Row::values).toList();
    }
}
