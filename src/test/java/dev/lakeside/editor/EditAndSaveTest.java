package dev.lakeside.editor;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.lakeside.editor.EditorPage.button;
import static dev.lakeside.editor.EditorPage.click;
import static dev.lakeside.editor.EditorPage.field;
import static dev.lakeside.editor.EditorPage.grid;
import static dev.lakeside.editor.EditorPage.notifications;
import static dev.lakeside.editor.EditorPage.row;
import static dev.lakeside.editor.EditorPage.type;
import static dev.lakeside.editor.WarehouseRows.SALES;
import static org.assertj.core.api.Assertions.assertThat;

/** A tool configured in the test profile: edit, see it pending, save as one change-set, see the audit. */
class EditAndSaveTest extends EditorStoryTest {

    @Test
    void editTwoColumns_pendingUntilSaved_thenWrittenAndAuditedAsOneChangeSet() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow target = row(1);
        long orderId = (Long) target.get("order_id");
        String region = "North".equals(target.get("region")) ? "South" : "North";
        int units = ((Number) target.get("units")).intValue() == 7 ? 8 : 7;

        grid().select(target);
        type("Region", region);
        type("Units", Integer.toString(units));
        click("Apply");

        assertThat(field("Region").getClassNames()).contains("pending-field");
        assertThat(field("Region").getHelperText()).isEqualTo("Was: " + target.get("region"));
        assertThat(_pendingSummary()).isEqualTo("1 row changed, not saved yet");
        assertThat(stored.value(SALES, "order_id", orderId, "region")).isEqualTo(target.get("region"));

        click("Save changes");

        assertThat(notifications()).contains("Saved 1 row.");
        assertThat(stored.value(SALES, "order_id", orderId, "region")).isEqualTo(region);
        assertThat(((Number) stored.value(SALES, "order_id", orderId, "units")).intValue()).isEqualTo(units);
        List<List<String>> audit = stored.audit("test-sales", Long.toString(orderId));
        assertThat(audit).extracting(a -> a.subList(0, 3)).containsExactlyInAnyOrder(
                List.of("region", (String) target.get("region"), region),
                List.of("units", target.get("units").toString(), Integer.toString(units)));
        assertThat(audit).extracting(a -> a.get(3)).doesNotContainNull().containsOnly(audit.getFirst().get(3));
        assertThat(audit).extracting(a -> a.get(5)).containsOnly("UPDATE");
        assertThat(_pendingSummary()).isEqualTo("No unsaved changes");
    }

    @Test
    void discard_dropsPendingEditsAndWritesNothing() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow target = row(2);

        grid().select(target);
        type("Units", "42");
        click("Apply");
        click("Discard changes");

        assertThat(_pendingSummary()).isEqualTo("No unsaved changes");
        assertThat(button("Save changes").isEnabled()).isFalse();
        assertThat(stored.value(SALES, "order_id", target.get("order_id"), "units")).isEqualTo(target.get("units"));
    }

    @Test
    void outOfRangeAndDisallowedValues_showedNextToTheField_nothingPending() {
        UI.getCurrent().navigate("edit/test-sales");
        grid().select(row(3));

        type("Units", "5000");
        type("Region", "Atlantis");
        click("Apply");

        assertThat(field("Units").getErrorMessage()).isEqualTo("Must be at most 50.");
        assertThat(field("Region").getErrorMessage()).contains("\"Atlantis\" is not an allowed value")
                .contains("North, South, East, West, Central");
        assertThat(_pendingSummary()).isEqualTo("No unsaved changes");
    }

    @Test
    void addRowThenDeleteIt_eachSavedAsAuditedChangeSet() {
        UI.getCurrent().navigate("edit/test-sales");
        click("Add row");
        type("Order id", "990001");
        type("Product", "Tent");
        type("Region", "West");
        type("Units", "3");
        click("Apply");
        click("Save changes");

        assertThat(stored.value(SALES, "order_id", 990001L, "product")).isEqualTo("Tent");
        assertThat(stored.audit("test-sales", "990001")).extracting(a -> a.get(5)).containsOnly("INSERT");

        EditorPage.type("Search product", "Tent");
        EditorRow added = EditorPage.rows().stream().filter(r -> r.get("order_id").equals(990001L)).findFirst().orElseThrow();
        grid().select(added);
        click("Delete row");
        click("Save changes");

        assertThat(stored.exists(SALES, "order_id", 990001L)).isFalse();
        assertThat(stored.audit("test-sales", "990001")).extracting(a -> a.get(5)).contains("DELETE");
    }

    @Test
    void mergeCountDiffersFromChanges_refusedAndRolledBack() {
        UI.getCurrent().navigate("edit/test-sales");
        EditorRow target = row(42);
        Object before = target.get("units");
        int units = ((Number) before).intValue() == 7 ? 8 : 7;
        EditorTool sales = tools.require("test-sales");
        PendingChanges pending = new PendingChanges(sales);
        pending.edit(target, java.util.Map.of("units", (long) units));
        // A warehouse whose MERGE reports one row fewer than it was given, as if a key did not match.
        dev.lakeside.warehouse.Warehouse miscounting = new dev.lakeside.warehouse.ForwardingWarehouse(warehouse) {
            @Override
            public <T> T inTransaction(TransactionWork<T> work) {
                return real.inTransaction(tx -> work.run(new Transaction() {
                    @Override
                    public dev.lakeside.warehouse.QueryResult query(dev.lakeside.warehouse.SqlStatement statement) {
                        return tx.query(statement);
                    }

                    @Override
                    public int update(dev.lakeside.warehouse.SqlStatement statement) {
                        int count = tx.update(statement);
                        return statement.sql().startsWith("MERGE") ? count - 1 : count;
                    }
                }));
            }
        };
        ChangeSetWriter writer = new ChangeSetWriter(miscounting, shapes, auditTrail);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.write(sales, pending.all(), "tester"))
                .isInstanceOf(EditRefused.class).hasMessageStartingWith("Nothing was written: the warehouse changed 0 rows for 1 changes.");
        assertThat(((Number) stored.value(SALES, "order_id", target.get("order_id"), "units")).intValue())
                .isEqualTo(((Number) before).intValue());
        assertThat(stored.audit("test-sales", target.get("order_id").toString())).isEmpty();
    }

    @Test
    void addRowWithBlankKey_formAsksForTheKeyAndServiceRefuses() {
        UI.getCurrent().navigate("edit/test-sales");
        long before = stored.count(SALES);
        click("Add row");
        type("Product", "Tent");
        type("Region", "West");
        type("Units", "3");
        click("Apply");

        assertThat(field("Order id").getErrorMessage()).isEqualTo("A new row needs a value for order_id.");
        assertThat(button("Save changes").isEnabled()).isFalse();

        PendingChanges pending = new PendingChanges(tools.require("test-sales"));
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("order_id", null);
        values.put("product", "Tent");
        values.put("region", "West");
        values.put("units", 3L);
        pending.insert(values);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editorService.save(pending))
                .isInstanceOf(EditRefused.class).hasMessage("A new row needs a value for order_id.");
        assertThat(stored.count(SALES)).isEqualTo(before);
    }

    @org.springframework.beans.factory.annotation.Autowired
    TableShapes shapes;
    @org.springframework.beans.factory.annotation.Autowired
    dev.lakeside.audit.AuditTrail auditTrail;

    private static String _pendingSummary() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("lakeside-pending-summary")).getText();
    }
}
