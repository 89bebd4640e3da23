package dev.lakeside.editor;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;

/** What a test does on an editor page, in a user's words: find by label, type, click, read. */
final class EditorPage {

    private EditorPage() {
    }

    @SuppressWarnings("unchecked")
    static Grid<EditorRow> grid() {
        return _get(EditorGrid.class);
    }

    static List<EditorRow> rows() {
        Grid<EditorRow> grid = grid();
        List<EditorRow> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    /** The grid's row at a position, fetched through the lazy data provider like the browser would. */
    static EditorRow row(int index) {
        return GridKt._get(grid(), index);
    }

    static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    static void type(String label, String text) {
        _setValue(field(label), text);
    }

    static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    static List<String> notifications() {
        return getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }
}
