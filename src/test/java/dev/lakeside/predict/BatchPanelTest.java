package dev.lakeside.predict;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import dev.lakeside.catalog.WarehouseCatalog;
import dev.lakeside.identity.CurrentUser;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.TableName;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The batch panel when an allow-listed table cannot be read, as in a workspace without the demo tables. */
class BatchPanelTest extends KaribuSpringTest {

    private static final TableName MISSING = new TableName("gold", "no_such_customers");

    @Test
    void allowListedTableMissing_scoreTable_saysWhyAndStaysUsable() {
        PredictProperties configured = PredictFixtures.properties();
        PredictProperties missingSource = new PredictProperties(configured.endpoint(), configured.probabilityField(),
                configured.fields(), configured.trainingTable(), configured.labelColumn(), List.of(MISSING.toString()),
                configured.keyColumn(), configured.outputSchema(), configured.pageSize(), configured.maxBatchRows());
        BatchScoring scoring = new BatchScoring(context.getBean(Warehouse.class), context.getBean(WarehouseCatalog.class),
                context.getBean(Predictor.class), missingSource, context.getBean(PredictionWriter.class),
                context.getBean(CurrentUser.class));
        UI.getCurrent().add(new BatchPanel(scoring, List.of(MISSING), "predictions"));

        _click(_get(Button.class, spec -> spec.withText("Score table")));

        assertThat(_get(Span.class, spec -> spec.withClasses("predict-batch-status")).getText())
                .startsWith("Could not read gold.no_such_customers: ");
        assertThat(_get(Button.class, spec -> spec.withText("Score table")).isEnabled()).isTrue();
    }
}
