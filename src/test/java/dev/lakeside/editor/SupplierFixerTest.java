package dev.lakeside.editor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.lakeside.editor.EditorPage.click;
import static dev.lakeside.editor.EditorPage.field;
import static dev.lakeside.editor.EditorPage.grid;
import static dev.lakeside.editor.EditorPage.notifications;
import static dev.lakeside.editor.EditorPage.rows;
import static dev.lakeside.editor.EditorPage.type;
import static dev.lakeside.editor.WarehouseRows.SUPPLIERS;
import static org.assertj.core.api.Assertions.assertThat;

/** The supplier fixer, now a configured editor on its old route: the seed's story, done safely. */
class SupplierFixerTest extends EditorStoryTest {

    @Test
    void searchPol_fixCode_saved_warehouseRowChangedAndAudited() {
        UI.getCurrent().navigate("fixer");
        type("Search name", "Pol");

        List<EditorRow> shown = rows();
        assertThat(shown).isNotEmpty().allSatisfy(r -> assertThat(r.get("name").toString().toLowerCase()).contains("pol"));
        EditorRow target = shown.getFirst();
        long id = (Long) target.get("id");
        String newCode = "DE".equals(target.get("country_code")) ? "FR" : "DE";

        grid().select(target);
        type("Country code", newCode.toLowerCase() + " ");
        click("Apply");
        assertThat(stored.value(SUPPLIERS, "id", id, "country_code")).as("not written before Save").isEqualTo(target.get("country_code"));
        click("Save changes");

        assertThat(stored.value(SUPPLIERS, "id", id, "country_code")).isEqualTo(newCode);
        assertThat(notifications()).contains("Saved 1 row.");
        assertThat(rows()).filteredOn(r -> r.get("id").equals(id)).extracting(r -> r.get("country_code")).containsExactly(newCode);
        List<String> audit = stored.audit("fixer", Long.toString(id)).getLast();
        assertThat(audit.subList(0, 3)).containsExactly("country_code", (String) target.get("country_code"), newCode);
        assertThat(audit.get(3)).isNotBlank();
        assertThat(audit.get(4)).isEqualTo("local.developer@lakeside.dev");
    }

    @Test
    void invalidCode_plnd_isRefusedNextToTheFieldAndNothingPending() {
        UI.getCurrent().navigate("fixer");
        EditorRow target = rows().getFirst();

        grid().select(target);
        type("Country code", "Plnd");
        click("Apply");

        assertThat(field("Country code").isInvalid()).isTrue();
        assertThat(field("Country code").getErrorMessage()).contains("not an allowed value").contains("ISO 3166-1 alpha-2");
        assertThat(EditorPage.button("Save changes").isEnabled()).isFalse();
        assertThat(stored.value(SUPPLIERS, "id", target.get("id"), "country_code")).isEqualTo(target.get("country_code"));
    }

    @Test
    void onlyInvalidCodes_showsJustBrokenCodes() {
        UI.getCurrent().navigate("fixer");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only invalid country code values")), true);

        assertThat(rows()).isNotEmpty().allSatisfy(r -> assertThat(java.util.Locale.getISOCountries())
                .doesNotContain((String) r.get("country_code")));
    }

    @Test
    void deepLink_queryParameter_prefillsSearch() {
        UI.getCurrent().navigate("fixer", QueryParameters.of("q", "pol"));

        assertThat(field("Search name").getValue()).isEqualTo("pol");
        assertThat(rows()).isNotEmpty().allSatisfy(r -> assertThat(r.get("name").toString().toLowerCase()).contains("pol"));
    }

    @Test
    void injectionPayloadsInSearch_findNothingAndLeaveTableIntact() {
        UI.getCurrent().navigate("fixer");
        long before = stored.count(SUPPLIERS);

        for (String payload : List.of("'; DROP TABLE gold.suppliers; --", "' OR '1'='1", "\"; DELETE FROM gold.suppliers; --",
                "_", "%")) {
            type("Search name", payload);
            assertThat(rows()).as(payload).isEmpty();
        }

        assertThat(stored.count(SUPPLIERS)).isEqualTo(before).isPositive();
    }
}
