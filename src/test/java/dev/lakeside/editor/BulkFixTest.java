package dev.lakeside.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import dev.lakeside.warehouse.SqlBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static dev.lakeside.editor.EditorPage.click;
import static dev.lakeside.editor.EditorPage.notifications;
import static dev.lakeside.editor.WarehouseRows.SUPPLIERS;
import static org.assertj.core.api.Assertions.assertThat;

/** Clean-up of broken country codes in the fixer: proposals, preview, and exactly the previewed rows fixed. */
class BulkFixTest extends EditorStoryTest {

    @Test
    void cleanUpCountryCodes_proposesPl_andFixesExactlyThePreviewedRows() {
        UI.getCurrent().navigate("fixer");
        click("Clean up country code");

        Map<String, String> proposals = new TreeMap<>();
        _find(TextField.class).stream().filter(f -> f.getLabel().startsWith("Replace ")).toList().forEach(f -> proposals.put(f.getLabel(), f.getValue()));
        assertThat(proposals).hasSizeGreaterThanOrEqualTo(4);
        proposals.forEach((label, proposal) -> {
            if (label.startsWith("Replace \"Plnd\"") || label.startsWith("Replace \"Poland\"")
                    || label.startsWith("Replace \"pl \"") || label.startsWith("Replace \"POL\"")) {
                assertThat(proposal).as(label).isEqualTo("PL");
            }
        });
        assertThat(proposals.keySet()).anySatisfy(label -> assertThat(label).startsWith("Replace \"Poland\""));

        click("Preview");
        List<Long> previewed = previewedIds();
        long lateId = 900_001;
        warehouse.update(new SqlBuilder(warehouse.dialect()).sql("INSERT INTO ").table(SUPPLIERS)
                .sql(" (id, name, country_code, city) VALUES (").value(lateId).sql(", 'Late Sp. z o.o.', 'Poland', 'Łódź')").build());
        click("Apply fixes");

        assertThat(notifications()).contains("Fixed " + previewed.size() + " rows in one change-set.");
        assertThat(previewed).isNotEmpty().allSatisfy(id -> assertThat(stored.value(SUPPLIERS, "id", id, "country_code")).isEqualTo("PL"));
        assertThat(stored.value(SUPPLIERS, "id", lateId, "country_code")).as("added after the preview").isEqualTo("Poland");
        assertThat(countWhere("fixer")).isEqualTo(previewed.size());
    }

    @SuppressWarnings("unchecked")
    private static List<Long> previewedIds() {
        Grid<RowChange.Update> preview = (Grid<RowChange.Update>) _find(Grid.class).stream()
                .filter(g -> !(g instanceof EditorGrid)).findFirst().orElseThrow();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < _size(preview); i++) {
            ids.add((Long) _get(preview, i).key().values().getFirst());
        }
        return ids;
    }

    /** Audit entries of the newest fixer change-set (its marker row, which has no column, left out). */
    private long countWhere(String tool) {
        return ((Number) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ")
                .table(dev.lakeside.audit.AuditTrail.AUDIT_TABLE).sql(" WHERE change_set_id = (SELECT change_set_id FROM ")
                .table(dev.lakeside.audit.AuditTrail.AUDIT_TABLE).sql(" WHERE tool = ").value(tool)
                .sql(" ORDER BY changed_at DESC LIMIT 1) AND column_name IS NOT NULL").build()).singleValue()).longValue();
    }
}
