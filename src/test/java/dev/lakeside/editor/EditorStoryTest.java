package dev.lakeside.editor;

import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** Editor stories: the whole app with the tools of application-editor-test.properties as well. */
@ActiveProfiles("editor-test")
abstract class EditorStoryTest extends KaribuSpringTest {

    @Autowired
    Warehouse warehouse;
    @Autowired
    EditorTools tools;
    @Autowired
    EditorService editorService;
    WarehouseRows stored;

    @BeforeEach
    void readWarehouse() {
        stored = new WarehouseRows(warehouse);
    }
}
