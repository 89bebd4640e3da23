package dev.lakeside.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import dev.lakeside.audit.AuditRecord;
import dev.lakeside.warehouse.SqlBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.lakeside.editor.EditorPage.click;
import static dev.lakeside.editor.EditorPage.grid;
import static dev.lakeside.editor.EditorPage.rows;
import static dev.lakeside.editor.EditorPage.type;
import static org.assertj.core.api.Assertions.assertThat;

/** A reference table with a composite key and a version column, configured in the test profile. */
class VersionColumnTest extends EditorStoryTest {

    private static final dev.lakeside.warehouse.TableName COLOURS = new dev.lakeside.warehouse.TableName("test_ref", "colours");

    @BeforeEach
    void createColours() {
        warehouse.inTransaction(tx -> {
            tx.update(sql().sql("CREATE SCHEMA IF NOT EXISTS test_ref").build());
            // Named through table() so the commit drops cached reads of the previous test's table.
            tx.update(sql().sql("CREATE OR REPLACE TABLE ").table(COLOURS).sql(" (code VARCHAR, lang VARCHAR, name VARCHAR,"
                    + " hex VARCHAR, row_version BIGINT)").build());
            return tx.update(sql().sql("INSERT INTO ").table(COLOURS).sql(" VALUES ('red', 'en', 'Red', '#FF0000', 1),"
                    + " ('red', 'pl', 'Czerwony', '#FF0000', 1), ('blue', 'en', 'Blue', '#0000FF', 1)").build());
        });
    }

    @Test
    void saveByCompositeKey_raisesVersion_andUndoRestores() {
        UI.getCurrent().navigate("edit/test-colours");
        EditorRow polishRed = row("red", "pl");

        grid().select(polishRed);
        type("Name", "Czerwień");
        click("Apply");
        click("Save changes");

        assertThat(stored("red", "pl")).containsExactly("Czerwień", "#FF0000", 2L);
        assertThat(stored("red", "en")).containsExactly("Red", "#FF0000", 1L);
        assertThat(stored.audit("test-colours", "code=red&lang=pl")).extracting(a -> a.subList(0, 3))
                .containsExactly(List.of("name", "Czerwony", "Czerwień"));

        click("History");
        @SuppressWarnings("unchecked")
        Grid<AuditRecord> history = (Grid<AuditRecord>) _find(Grid.class).stream()
                .filter(g -> !(g instanceof EditorGrid)).findFirst().orElseThrow();
        history.select(_get(history, 0));
        click("Undo change-set");

        assertThat(stored("red", "pl")).containsExactly("Czerwony", "#FF0000", 3L);
    }

    @Test
    void otherSessionChangedAnotherColumn_versionDiffers_conflictAndNoOverwrite() {
        UI.getCurrent().navigate("edit/test-colours");
        EditorRow blue = row("blue", "en");
        grid().select(blue);
        type("Name", "Navy");
        click("Apply");

        PendingChanges other = new PendingChanges(tools.require("test-colours"));
        other.edit(blue, Map.of("hex", "#000080"));
        assertThat(editorService.save(other).hasConflicts()).isFalse();
        click("Save changes");

        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Someone else changed a row");
        assertThat(stored("blue", "en")).containsExactly("Blue", "#000080", 2L);
    }

    @Test
    void lowerCaseHex_refusedByPatternWithHint() {
        UI.getCurrent().navigate("edit/test-colours");
        grid().select(row("red", "en"));

        type("Hex", "#ff0000");
        click("Apply");

        assertThat(EditorPage.field("Hex").getErrorMessage()).isEqualTo("Not in the expected format. A colour as #RRGGBB in capitals.");
    }

    @Test
    void emptyTextInAnUntouchedField_applyRecordsOnlyTheTypedColumn() {
        warehouse.inTransaction(tx -> tx.update(sql().sql("UPDATE ").table(COLOURS)
                .sql(" SET hex = '' WHERE code = 'red' AND lang = 'en'").build()));
        UI.getCurrent().navigate("edit/test-colours");
        grid().select(row("red", "en"));

        type("Name", "Rouge");
        click("Apply");
        click("Save changes");

        assertThat(stored("red", "en")).containsExactly("Rouge", "", 2L);
        assertThat(stored.audit("test-colours", "code=red&lang=en")).extracting(a -> a.get(0)).containsExactly("name");
    }

    private static EditorRow row(String code, String lang) {
        return rows().stream().filter(r -> code.equals(r.get("code")) && lang.equals(r.get("lang"))).findFirst().orElseThrow();
    }

    private List<Object> stored(String code, String lang) {
        return warehouse.query(sql().sql("SELECT name, hex, row_version FROM test_ref.colours WHERE code = ").value(code)
                .sql(" AND lang = ").value(lang).build()).rows().getFirst().values();
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
