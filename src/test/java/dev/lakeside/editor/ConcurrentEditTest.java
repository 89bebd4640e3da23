package dev.lakeside.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.lakeside.editor.EditorPage.click;
import static dev.lakeside.editor.EditorPage.grid;
import static dev.lakeside.editor.EditorPage.row;
import static dev.lakeside.editor.EditorPage.type;
import static dev.lakeside.editor.WarehouseRows.SALES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two sessions edit the same row: this UI loads it, the other session saves first through the
 * same service its page would use; this save then shows both values and overwrites nothing.
 */
class ConcurrentEditTest extends EditorStoryTest {

    @Test
    void otherSessionSavedFirst_conflictShownAndTheirValueKept_takeTheirsDropsMine() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow target = row(5);
        grid().select(target);
        type("Region", regionOtherThan(target, "East"));
        click("Apply");

        String theirs = otherSessionSaves(target, "Central");
        click("Save changes");

        assertThat(stored.value(SALES, "order_id", target.get("order_id"), "region")).isEqualTo(theirs);
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("Someone else changed a row");
        assertThat(_find(Span.class, spec -> spec.withClasses("conflict-mine"))).extracting(Span::getText)
                .containsExactly("Yours: \"" + regionOtherThan(target, "East") + "\"");
        assertThat(_find(Span.class, spec -> spec.withClasses("conflict-theirs"))).extracting(Span::getText)
                .containsExactly("Now in the warehouse: \"" + theirs + "\"");

        click("Take theirs");

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(EditorPage.button("Save changes").isEnabled()).isFalse();
        assertThat(stored.value(SALES, "order_id", target.get("order_id"), "region")).isEqualTo(theirs);
    }

    @Test
    void otherSessionSavedFirst_keepMine_nextSaveWritesMineOverTheirsAndAuditsTheirsAsOld() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow target = row(6);
        String mine = regionOtherThan(target, "East");
        grid().select(target);
        type("Region", mine);
        click("Apply");
        String theirs = otherSessionSaves(target, "Central".equals(mine) ? "South" : "Central");

        click("Save changes");
        click("Keep mine");
        click("Save changes");

        assertThat(stored.value(SALES, "order_id", target.get("order_id"), "region")).isEqualTo(mine);
        List<String> last = stored.audit("test-sales", target.get("order_id").toString()).getLast();
        assertThat(last.subList(0, 3)).containsExactly("region", theirs, mine);
    }

    @Test
    void otherSessionDeletedTheRow_keepMineNotOffered_takeTheirsDropsMine() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow target = row(41);
        grid().select(target);
        type("Region", regionOtherThan(target, "East"));
        click("Apply");
        PendingChanges other = new PendingChanges(tools.require("test-sales"));
        other.delete(target);
        assertThat(editorService.save(other).hasConflicts()).isFalse();

        click("Save changes");

        assertThat(EditorPage.button("Keep mine").isEnabled()).isFalse();
        click("Take theirs");
        assertThat(EditorPage.button("Save changes").isEnabled()).isFalse();
        assertThat(stored.exists(SALES, "order_id", target.get("order_id"))).isFalse();
    }

    /** The other session: loaded the same row, changed its region, saved. */
    private String otherSessionSaves(EditorRow loaded, String preferred) {
        String theirs = regionOtherThan(loaded, preferred);
        PendingChanges other = new PendingChanges(tools.require("test-sales"));
        other.edit(loaded, Map.of("region", theirs));
        assertThat(editorService.save(other).hasConflicts()).isFalse();
        return theirs;
    }

    private static String regionOtherThan(EditorRow row, String preferred) {
        return preferred.equals(row.get("region")) ? "West" : preferred;
    }
}
