package dev.lakeside.predict;

import dev.lakeside.audit.AuditTrail;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.StatementAtATimeWarehouse;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Cancelling a batch on the real embedded warehouse: whenever it comes before the commit, no table is left. */
class BatchCancelTest extends KaribuSpringTest {

    private static final TableName CUSTOMERS = new TableName("gold", "customers");

    @Autowired
    BatchScoring scoring;
    @Autowired
    Warehouse warehouse;
    @Autowired
    AuditTrail audit;
    @Autowired
    Predictor predictor;

    @BeforeEach
    void modelTrained() throws Exception {
        predictor.whenReady().get(60, TimeUnit.SECONDS);
    }

    @Test
    void cancelledAfterTheFirstPage_writesNoTable() {
        String name = "cancelled_" + UUID.randomUUID().toString().substring(0, 8);
        BatchRun[] run = new BatchRun[1];
        run[0] = new BatchRun(done -> run[0].cancel());

        WarehouseException cancelled = catchThrowableOfType(WarehouseException.class,
                () -> scoring.score(scoring.request(CUSTOMERS, name), run[0]));

        assertThat(cancelled.reason()).isEqualTo(WarehouseException.Reason.CANCELLED);
        assertThat(tablesNamed(name)).isZero();
    }

    @Test
    void cancelledWhileTheTableIsBeingWritten_rollsTheTableAndItsAuditEntryBack() {
        String name = "cancelled_" + UUID.randomUUID().toString().substring(0, 8);
        List<Long> writtenBeforeCancel = new ArrayList<>();
        BatchRun[] run = new BatchRun[1];
        run[0] = new BatchRun(scored -> { }, written -> {
            writtenBeforeCancel.add(written);
            run[0].cancel();
        });

        WarehouseException cancelled = catchThrowableOfType(WarehouseException.class,
                () -> scoring.score(scoring.request(CUSTOMERS, name), run[0]));

        assertThat(writtenBeforeCancel).as("the cancel came after rows had been inserted").hasSize(1);
        assertThat(cancelled.reason()).isEqualTo(WarehouseException.Reason.CANCELLED);
        assertThat(tablesNamed(name)).isZero();
        assertThat(audit.history(PredictionWriter.TOOL, null, 500))
                .noneMatch(r -> r.entry().table().table().equals(name));
    }

    @Test
    void cancelledWhileWriting_onAWarehouseThatCommitsEachStatement_dropsTheHalfWrittenTable() {
        String name = "cancelled_" + UUID.randomUUID().toString().substring(0, 8);
        PredictionWriter writer = new PredictionWriter(new StatementAtATimeWarehouse(warehouse), audit,
                context.getBean(PredictProperties.class));
        BatchRun[] run = new BatchRun[1];
        run[0] = new BatchRun(scored -> { }, written -> run[0].cancel());
        List<List<Object>> rows = List.of(List.of(100001L, 30.0, 2.0, 115.0, 230.0, 0.8, "High risk"));

        WarehouseException cancelled = catchThrowableOfType(WarehouseException.class, () -> writer.write(
                scoring.request(CUSTOMERS, name), true, predictor.schema().names(), rows, "tester", run[0]));

        assertThat(cancelled.reason()).isEqualTo(WarehouseException.Reason.CANCELLED);
        assertThat(tablesNamed(name)).isZero();
    }

    private long tablesNamed(String name) {
        return ((Number) warehouse.query(new SqlBuilder(warehouse.dialect())
                .sql("SELECT count(*) FROM information_schema.tables WHERE table_name = ").value(name).build())
                .singleValue()).longValue();
    }
}
