package dev.lakeside.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.lakeside.editor.EditorPage.button;
import static dev.lakeside.editor.EditorPage.field;
import static dev.lakeside.editor.EditorPage.grid;
import static dev.lakeside.editor.EditorPage.row;
import static dev.lakeside.editor.WarehouseRows.SUPPLIERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A user who is not among a tool's editors sees it read-only, and the service refuses their save. */
class EditRightsTest extends EditorStoryTest {

    @Test
    void notAnEditor_pageIsReadOnly() {
        UI.getCurrent().navigate("edit/readonly-suppliers");

        assertThat(_get(Span.class, spec -> spec.withClasses("lakeside-read-only")).getText()).startsWith("Read-only");
        grid().select(row(0));
        assertThat(field("Country code").isReadOnly()).isTrue();
        assertThat(button("Apply").isEnabled()).isFalse();
        assertThat(button("Save changes").isEnabled()).isFalse();
        assertThat(button("Clean up country code").isEnabled()).isFalse();
    }

    @Test
    void notAnEditor_saveCalledDirectly_refusedByTheServiceAndNothingWritten() {
        UI.getCurrent().navigate("edit/readonly-suppliers");
        EditorRow target = row(1);
        String before = (String) target.get("country_code");
        PendingChanges forged = new PendingChanges(tools.require("readonly-suppliers"));
        forged.edit(target, Map.of("country_code", "SE".equals(before) ? "NO" : "SE"));

        assertThatThrownBy(() -> editorService.save(forged)).isInstanceOf(EditRefused.class)
                .hasMessageContaining("not change it");
        assertThat(stored.value(SUPPLIERS, "id", target.get("id"), "country_code")).isEqualTo(before);
    }

    @Test
    void editorOfAnotherTool_columnNotEditable_refusedByTheService() {
        UI.getCurrent().navigate("fixer");
        EditorRow target = row(2);
        PendingChanges forged = new PendingChanges(tools.require("fixer"));
        forged.edit(target, Map.of("name", "Renamed"));

        assertThatThrownBy(() -> editorService.save(forged)).isInstanceOf(EditRefused.class)
                .hasMessageContaining("cannot be changed");
        assertThat(stored.value(SUPPLIERS, "id", target.get("id"), "name")).isEqualTo(target.get("name"));
    }
}
