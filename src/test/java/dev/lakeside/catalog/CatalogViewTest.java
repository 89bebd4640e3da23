package dev.lakeside.catalog;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import dev.lakeside.ui.KaribuSpringTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends KaribuSpringTest {

    @Test
    void searchSales_chooseIt_showsColumnsAndOpensTheExplorer() {
        UI.getCurrent().navigate("catalog");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search tables")), "sales");

        List<CatalogNode> shown = GridKt._fetch(tree(), 0, 100);
        assertThat(shown).filteredOn(n -> n.table() != null).extracting(n -> n.schema() + "." + n.label())
                .containsExactly("gold.sales");
        CatalogNode sales = shown.stream().filter(n -> n.table() != null).findFirst().orElseThrow();
        assertThat(sales.table().estimatedRows()).isEqualTo(2000L);

        tree().select(sales);
        assertThat(_get(H3.class).getText()).endsWith(".gold.sales");
        List<ColumnEntry> columns = GridKt._fetch(columnsGrid(), 0, 50);
        assertThat(columns).extracting(ColumnEntry::name)
                .containsExactly("order_id", "order_date", "region", "product", "category", "units", "unit_price", "revenue");
        assertThat(columns).extracting(ColumnEntry::type).contains("DATE", "DECIMAL(12,2)");

        _click(_get(Button.class, spec -> spec.withText("Open in explorer")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("explore?table=gold.sales");
    }

    @SuppressWarnings("unchecked")
    private TreeGrid<CatalogNode> tree() {
        return _get(TreeGrid.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<ColumnEntry> columnsGrid() {
        return _get(Grid.class, spec -> spec.withPredicate(g -> !(g instanceof TreeGrid)));
    }
}
