package dev.lakeside.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.lakeside.editor.EditorPage.click;
import static dev.lakeside.editor.EditorPage.field;
import static dev.lakeside.editor.EditorPage.grid;
import static dev.lakeside.editor.EditorPage.notifications;
import static dev.lakeside.editor.EditorPage.row;
import static dev.lakeside.editor.EditorPage.rows;
import static dev.lakeside.editor.EditorPage.type;
import static dev.lakeside.editor.WarehouseRows.SALES;
import static dev.lakeside.editor.WarehouseRows.SUPPLIERS;
import static org.assertj.core.api.Assertions.assertThat;

/** SQL in every text input is only ever data: searched for, stored verbatim, or refused as invalid. */
class InjectionTest extends EditorStoryTest {

    static final List<String> PAYLOADS = List.of("'; DROP TABLE gold.sales; --", "' OR '1'='1",
            "\"); DELETE FROM gold.sales; --", "Robert'); DROP TABLE lakeside_meta.audit_log;--", "%", "_");

    @Test
    void payloadsInSearch_findNothing_tablesIntact() {
        UI.getCurrent().navigate("edit/test-sales");
        long before = stored.count(SALES);

        for (String payload : PAYLOADS) {
            type("Search product", payload);
            assertThat(rows()).as(payload).isEmpty();
        }

        assertThat(stored.count(SALES)).isEqualTo(before).isPositive();
    }

    @Test
    void payloadAsFreeTextValue_storedVerbatim_otherRowsIntact() {
        UI.getCurrent().navigate("edit/test-sales");
        long before = stored.count(SALES);
        EditorRow target = row(20);
        String payload = PAYLOADS.getFirst();

        grid().select(target);
        type("Product", payload);
        click("Apply");
        click("Save changes");

        assertThat(stored.value(SALES, "order_id", target.get("order_id"), "product")).isEqualTo(payload);
        assertThat(stored.value(SALES, "order_id", row(21).get("order_id"), "product")).isNotEqualTo(payload);
        assertThat(stored.count(SALES)).isEqualTo(before);
    }

    @Test
    void payloadsInRuledAndKeyFields_refusedAsInvalid_nothingWritten() {
        UI.getCurrent().navigate("edit/test-sales");
        long before = stored.count(SALES);
        EditorRow target = row(22);
        grid().select(target);
        for (String payload : PAYLOADS) {
            type("Region", payload);
            type("Units", payload);
            click("Apply");
            assertThat(field("Region").isInvalid()).as(payload).isTrue();
            assertThat(field("Units").getErrorMessage()).isEqualTo("Enter a number.");
        }
        click("Add row");
        type("Order id", PAYLOADS.get(1));
        click("Apply");

        assertThat(field("Order id").getErrorMessage()).isEqualTo("Enter a number.");
        assertThat(stored.value(SALES, "order_id", target.get("order_id"), "region")).isEqualTo(target.get("region"));
        assertThat(stored.count(SALES)).isEqualTo(before);
    }

    @Test
    void payloadAsBulkFixReplacement_refusedByTheRule_suppliersIntact() {
        UI.getCurrent().navigate("fixer");
        long before = stored.count(SUPPLIERS);
        click("Clean up country code");
        _find(TextField.class).stream().filter(f -> f.getLabel().startsWith("Replace ")).toList().forEach(f -> _setValue(f, PAYLOADS.getFirst()));

        click("Preview");
        click("Apply fixes");

        assertThat(notifications()).anySatisfy(n -> assertThat(n).startsWith("Not applied. country_code: "));
        assertThat(stored.count(SUPPLIERS)).isEqualTo(before);
        assertThat(stored.value(SUPPLIERS, "id", 1L, "country_code")).isNotEqualTo(PAYLOADS.getFirst());
    }
}
