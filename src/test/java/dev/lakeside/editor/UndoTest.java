package dev.lakeside.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.lakeside.audit.AuditRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static dev.lakeside.editor.EditorPage.click;
import static dev.lakeside.editor.EditorPage.grid;
import static dev.lakeside.editor.EditorPage.notifications;
import static dev.lakeside.editor.EditorPage.row;
import static dev.lakeside.editor.EditorPage.type;
import static dev.lakeside.editor.WarehouseRows.SALES;
import static org.assertj.core.api.Assertions.assertThat;

/** Undo of a whole change-set from the history: restores, is audited, and refuses when rows moved on. */
class UndoTest extends EditorStoryTest {

    @org.springframework.beans.factory.annotation.Autowired
    ChangeHistory history;

    @Test
    void saveTwoRows_undoChangeSetFromHistory_bothRestoredAndUndoAudited() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow first = row(10);
        EditorRow second = row(11);
        editUnits(first, 49);
        editUnits(second, 48);
        click("Save changes");
        assertThat(unitsOf(first)).isEqualTo(49);

        click("History");
        Grid<AuditRecord> history = historyGrid();
        history.select(_get(history, 0));
        click("Undo change-set");

        assertThat(unitsOf(first)).isEqualTo(((Number) first.get("units")).intValue());
        assertThat(unitsOf(second)).isEqualTo(((Number) second.get("units")).intValue());
        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("Undone: change-set"));
        List<List<String>> audit = stored.audit("test-sales", first.get("order_id").toString());
        assertThat(audit).hasSize(2);
        assertThat(audit.getLast().subList(1, 3)).containsExactly("49", first.get("units").toString());
        assertThat(audit.getLast().get(3)).isNotEqualTo(audit.getFirst().get(3));
    }

    @Test
    void rowChangedAfterTheChangeSet_undoRefusedAndNothingRestored() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow first = row(12);
        EditorRow second = row(13);
        editUnits(first, 47);
        editUnits(second, 46);
        click("Save changes");
        stored.set(SALES, "order_id", second.get("order_id"), "units", 45);

        click("History");
        Grid<AuditRecord> history = historyGrid();
        history.select(_get(history, 0));
        click("Undo change-set");

        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("Not undone: 1 of its rows changed since"));
        assertThat(unitsOf(first)).isEqualTo(47);
        assertThat(unitsOf(second)).isEqualTo(45);
    }

    @Test
    void rowHistory_listsOnlyThatRowsChanges() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow target = row(14);
        editUnits(target, 44);
        editUnits(row(15), 43);
        click("Save changes");

        grid().select(target);
        click("Row history");

        Grid<AuditRecord> history = historyGrid();
        assertThat(_size(history)).isEqualTo(1);
        assertThat(_get(history, 0).entry().rowKey()).isEqualTo(target.get("order_id").toString());
    }

    @Test
    void changeSetDeletedARow_undoRefusedAndNothingWritten() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow target = row(40);
        grid().select(target);
        click("Delete row");
        click("Save changes");
        assertThat(stored.exists(SALES, "order_id", target.get("order_id"))).isFalse();

        click("History");
        Grid<AuditRecord> history = historyGrid();
        history.select(_get(history, 0));
        click("Undo change-set");

        assertThat(notifications()).anySatisfy(n -> assertThat(n)
                .startsWith("Not undone. This change-set deleted rows; undo cannot restore columns"));
        assertThat(stored.exists(SALES, "order_id", target.get("order_id"))).isFalse();
    }

    @Test
    void toolNoLongerAllowsDeletes_undoOfAnInsertRefusedAndRowKept() {
        EditorTool sales = tools.require("test-sales");
        PendingChanges added = new PendingChanges(sales);
        added.insert(new java.util.LinkedHashMap<>(java.util.Map.of(
                "order_id", 990101L, "product", "Tent", "region", "West", "units", 3)));
        String changeSetId = editorService.save(added).changeSetId();
        EditorTool noDeletes = new EditorTool(sales.id(), sales.title(), sales.description(), sales.icon(),
                sales.path(), sales.menuOrder(), sales.table(), sales.keyColumns(), sales.columns(),
                sales.editableColumns(), sales.searchColumn(), sales.versionColumn(), sales.touchColumn(),
                sales.allowInsert(), false, sales.access(), sales.rules());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.undo(noDeletes, changeSetId))
                .isInstanceOf(EditRefused.class).hasMessage("Test Sales does not allow deleting rows.");
        assertThat(stored.exists(SALES, "order_id", 990101L)).isTrue();
    }

    private static void editUnits(EditorRow row, int units) {
        grid().select(row);
        type("Units", Integer.toString(units));
        click("Apply");
    }

    private int unitsOf(EditorRow row) {
        return ((Number) stored.value(SALES, "order_id", row.get("order_id"), "units")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditRecord> historyGrid() {
        return (Grid<AuditRecord>) _find(Grid.class).stream().filter(g -> !(g instanceof EditorGrid)).findFirst().orElseThrow();
    }
}
