package dev.lakeside.annotate;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.zaxxer.hikari.HikariDataSource;
import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.assertj.core.api.Assertions.assertThat;

/** Labelling the demo review task with the keyboard while labels are kept in Lakebase. */
class LakebaseLabellingTest extends LakebaseAnnotateTest {

    @Autowired
    HikariDataSource lakebasePool;

    @Test
    void numberKeyThenEnter_writesLabelAndAuditRowToPostgres_andClosesTheLeaseInTheWarehouse() {
        signInAs(ADA);
        UI.getCurrent().navigate("annotate/review-sentiment");
        String item = shownKey();

        fireShortcut(Key.of("3"));
        fireShortcut(Key.ENTER);

        assertThat(statusText()).isEqualTo("Saved.");
        assertThat(shownKey()).isNotEqualTo(item);
        assertThat(postgres("SELECT label, revision FROM lakeside_meta.annotation_answers WHERE task_id = ?"
                + " AND item_key = ? AND annotator = ?", "review-sentiment", item, ADA)).containsExactly("negative 1");
        assertThat(postgres("SELECT user_id, table_name, column_name, old_value, new_value, tool, change_kind"
                + " FROM lakeside_meta.audit_log WHERE row_key = ? AND user_id = ?", "review-sentiment/" + item, ADA))
                .containsExactly(ADA + " lakeside_meta.annotation_answers label null negative annotate INSERT");
        assertThat(leaseStates(item, ADA)).containsExactly("done");
        assertThat(warehouseHasTable(catalog.get("review-sentiment").output())).isFalse();
    }

    @Test
    void auditRowRefusedHalfWay_nothingIsSaved_andTheRetrySavesBoth() {
        String carol = "carol@example.com";
        executeOnPostgres("ALTER TABLE lakeside_meta.audit_log ADD CONSTRAINT refuse_carol CHECK (user_id <> '" + carol + "')");
        try {
            signInAs(carol);
            UI.getCurrent().navigate("annotate/review-sentiment");
            String item = shownKey();
            fireShortcut(Key.of("1"));
            fireShortcut(Key.ENTER);

            assertThat(statusText()).startsWith("Not saved yet");
            assertThat(shownKey()).isEqualTo(item);
            assertThat(postgres("SELECT label FROM lakeside_meta.annotation_answers WHERE annotator = ?", carol)).isEmpty();
            assertThat(leaseStates(item, carol)).containsExactly("leased");

            executeOnPostgres("ALTER TABLE lakeside_meta.audit_log DROP CONSTRAINT refuse_carol");
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

            assertThat(statusText()).isEqualTo("Saved.");
            assertThat(postgres("SELECT item_key, label FROM lakeside_meta.annotation_answers WHERE annotator = ?", carol))
                    .containsExactly(item + " positive");
            assertThat(postgres("SELECT new_value FROM lakeside_meta.audit_log WHERE user_id = ?", carol))
                    .containsExactly("positive");
            assertThat(leaseStates(item, carol)).containsExactly("done");
        } finally {
            executeOnPostgres("ALTER TABLE lakeside_meta.audit_log DROP CONSTRAINT IF EXISTS refuse_carol");
        }
    }

    @Test
    void lakebasePool_retiresConnectionsWithinTheTokenHour() {
        assertThat(Duration.ofMillis(lakebasePool.getMaxLifetime())).isEqualTo(Duration.ofMinutes(45))
                .isLessThan(Duration.ofHours(1));
    }

    private List<String> leaseStates(String item, String annotator) {
        return warehouse.query(sql().sql("SELECT state FROM ").table(AnnotationTables.ASSIGNMENTS)
                .sql(" WHERE task_id = 'review-sentiment' AND item_key = ").value(item)
                .sql(" AND annotator = ").value(annotator).build()).map(r -> r.getString("state"));
    }

    private boolean warehouseHasTable(TableName table) {
        return ((Number) warehouse.query(sql().sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = ")
                .value(table.schema()).sql(" AND table_name = ").value(table.table()).build()).singleValue()).longValue() > 0;
    }
}
