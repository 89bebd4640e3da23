package dev.lakeside.fixer;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.lakeside.audit.AuditTrail;
import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class SupplierFixerViewTest extends KaribuSpringTest {

    @Autowired
    Warehouse warehouse;

    @Test
    void searchPol_fixCode_warehouseRowChangedAndAudited() {
        UI.getCurrent().navigate("fixer");
        _setValue(searchField(), "Pol");

        List<Supplier> shown = rows();
        assertThat(shown).isNotEmpty().allSatisfy(s -> assertThat(s.name().toLowerCase()).contains("pol"));
        Supplier target = shown.getFirst();
        String newCode = "DE".equals(target.countryCode()) ? "FR" : "DE";

        grid().select(target);
        _setValue(codeField(), newCode.toLowerCase() + " ");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(codeInWarehouse(target.id())).isEqualTo(newCode);
        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .anySatisfy(text -> assertThat(text).startsWith("Saved: " + target.name()));
        assertThat(rows()).filteredOn(s -> s.id() == target.id()).extracting(Supplier::countryCode).containsExactly(newCode);
        assertThat(lastAuditEntryFor(target.id())).containsExactly(target.countryCode(), newCode);
    }

    @Test
    void invalidCode_plnd_isRefusedWithMessageAndNothingWritten() {
        UI.getCurrent().navigate("fixer");
        Supplier target = rows().getFirst();

        grid().select(target);
        _setValue(codeField(), "Plnd");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(codeField().isInvalid()).isTrue();
        assertThat(codeField().getErrorMessage()).contains("ISO 3166-1 alpha-2");
        assertThat(codeInWarehouse(target.id())).isEqualTo(target.countryCode());
    }

    @Test
    void rowChangedByAnotherUserAfterLoading_saveIsRefusedAndTheirValueKept() {
        UI.getCurrent().navigate("fixer");
        Supplier target = rows().get(3);
        grid().select(target);
        String theirCode = "SE".equals(target.countryCode()) ? "NO" : "SE";
        warehouse.update(new SqlBuilder(warehouse.dialect()).sql("UPDATE ").table(SupplierService.SUPPLIERS)
                .sql(" SET country_code = ").value(theirCode).sql(" WHERE id = ").value(target.id()).build());

        _setValue(codeField(), "IT");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(codeInWarehouse(target.id())).isEqualTo(theirCode);
        assertThat(getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .anySatisfy(text -> assertThat(text).contains("Someone else changed " + target.name()));
    }

    @Test
    void searchWithInjectionPayloads_findsNothingAndTableIsIntact() {
        long before = supplierCount();
        UI.getCurrent().navigate("fixer");

        for (String payload : List.of("%'; DROP TABLE gold.suppliers; --", "' OR '1'='1", "\"; DELETE FROM gold.suppliers; --",
                "_", "%")) {
            _setValue(searchField(), payload);
            assertThat(rows()).as(payload).isEmpty();
        }

        assertThat(supplierCount()).isEqualTo(before).isPositive();
    }

    @Test
    void onlyInvalidCodes_showsJustBrokenCodes() {
        UI.getCurrent().navigate("fixer");

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Only invalid codes")), true);

        assertThat(rows()).isNotEmpty().noneMatch(Supplier::hasValidCountryCode);
    }

    @Test
    void deepLink_queryParameter_prefillsSearch() {
        UI.getCurrent().navigate("fixer", QueryParameters.of("q", "pol"));

        assertThat(searchField().getValue()).isEqualTo("pol");
        assertThat(rows()).isNotEmpty().allSatisfy(s -> assertThat(s.name().toLowerCase()).contains("pol"));
    }

    private static TextField searchField() {
        return _get(TextField.class, spec -> spec.withLabel("Supplier name"));
    }

    private static TextField codeField() {
        return _get(TextField.class, spec -> spec.withLabel("Country code"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Supplier> grid() {
        return _get(Grid.class);
    }

    private static List<Supplier> rows() {
        Grid<Supplier> grid = grid();
        List<Supplier> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    private String codeInWarehouse(long id) {
        return (String) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT country_code FROM ")
                .table(SupplierService.SUPPLIERS).sql(" WHERE id = ").value(id).build()).singleValue();
    }

    private long supplierCount() {
        return (Long) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ")
                .table(SupplierService.SUPPLIERS).build()).singleValue();
    }

    private List<String> lastAuditEntryFor(long id) {
        return warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT old_value, new_value FROM ")
                .table(AuditTrail.AUDIT_TABLE).sql(" WHERE row_key = ").value(Long.toString(id))
                .sql(" ORDER BY changed_at DESC LIMIT 1").build())
                .map(r -> r.getString("old_value") + "|" + r.getString("new_value")).stream()
                .flatMap(s -> List.of(s.split("\\|", -1)).stream()).toList();
    }
}
