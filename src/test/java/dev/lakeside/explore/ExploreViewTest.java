package dev.lakeside.explore;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import dev.lakeside.chart.ChartType;
import dev.lakeside.chart.EChart;
import dev.lakeside.warehouse.QueryResult;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlStatement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ExploreViewTest extends ExploreStory {

    @Test
    void containsFilterAndSort_reachTheSql_onlyAsBoundParameters() {
        open("table=gold.sales");
        addContainsFilter("product", "lap");
        GridKt._sortByKey(grid(), "revenue", SortDirection.DESCENDING);

        List<Row> rows = GridKt._fetch(grid(), 0, 40);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getString("product").toLowerCase()).contains("lap"));
        assertThat(rows).extracting(r -> r.getDecimal("revenue")).isSortedAccordingTo((a, b) -> b.compareTo(a));
        SqlStatement page = warehouse.last("lower(\"product\") LIKE");
        assertThat(page.sql()).contains("FROM \"gold\".\"sales\" WHERE lower(\"product\") LIKE ? ESCAPE '!'")
                .contains("ORDER BY \"revenue\" DESC").doesNotContain("lap");
        assertThat(page.parameters()).containsExactly("%lap%");
        assertThat(link()).contains("contains.product=lap");
    }

    @Test
    void injectionAttemptInContains_isOnlyData_andMatchesNothing() {
        open("table=gold.sales");
        addContainsFilter("region", "x' OR '1'='1");

        assertThat(GridKt._fetch(grid(), 0, 40)).isEmpty();
        SqlStatement page = warehouse.last("lower(\"region\") LIKE");
        assertThat(page.sql()).doesNotContain("'1'").doesNotContain(" OR ");
        assertThat(page.parameters()).containsExactly("%x' or '1'='1%");
    }

    @Test
    void numberAndDateRangesFromALink_areTypedBoundParameters() {
        open("table=gold.sales&from.order_date=2025-06-01&to.order_date=2025-06-30&from.revenue=500");

        List<Row> rows = GridKt._fetch(grid(), 0, 100);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getDate("order_date")).isBetween(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
            assertThat(r.getDecimal("revenue")).isGreaterThanOrEqualTo(new BigDecimal("500"));
        });
        SqlStatement page = warehouse.last("\"order_date\" BETWEEN ? AND ?");
        assertThat(page.sql()).contains("\"revenue\" >= ?").doesNotContain("2025").doesNotContain("500");
        assertThat(page.parameters()).containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                new BigDecimal("500"));
    }

    @Test
    void groupByBuiltInTheView_equalsADirectSqlAggregate() throws InterruptedException {
        open("table=gold.sales&from.order_date=2025-01-01");
        _setValue(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Group by")), Set.of("region"));
        addMeasure(Measure.Aggregate.SUM, "revenue");
        addMeasure(Measure.Aggregate.COUNT, null);
        addMeasure(Measure.Aggregate.COUNT_DISTINCT, "product");
        _click(_get(Button.class, spec -> spec.withText("Run group-by")));
        awaitQueries();

        QueryResult expected = warehouse.query(new dev.lakeside.warehouse.SqlBuilder(warehouse.dialect())
                .sql("SELECT region, sum(revenue), count(*), count(DISTINCT product) FROM gold.sales")
                .sql(" WHERE order_date >= DATE '2025-01-01' GROUP BY region ORDER BY region").build());
        assertThat(GridKt._size(groupGrid())).isEqualTo(expected.size()).isEqualTo(5);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(GridKt._getFormattedRow(groupGrid(), i))
                    .isEqualTo(expected.rows().get(i).values().stream().map(Cells::text).toList());
        }
        EChart chart = _get(EChart.class);
        assertThat(chart.getChart().type()).isEqualTo(ChartType.BAR);
        assertThat(chart.getChart().series()).extracting(s -> s.name())
                .containsExactly("Sum of revenue", "Rows", "Distinct count of product");
        assertThat(chart.getChart().series().getFirst().points()).extracting(p -> ((BigDecimal) p.y()).toPlainString())
                .isEqualTo(expected.rows().stream().map(r -> ((BigDecimal) r.get(1)).toPlainString()).toList());
        assertThat(link()).contains("group=region", "measure=sum.revenue", "measure=count", "measure=count_distinct.product");
    }

    @Test
    void linkWithWholeState_opensThatView_andRoundTrips() throws InterruptedException {
        String query = "table=gold.sales&contains.product=o&in.region=North&in.region=West&sort=-units"
                + "&group=category&measure=avg.unit_price&chart=line";
        open(query);
        awaitQueries();

        assertThat(link()).isEqualTo("explore?" + query);
        assertThat(GridKt._fetch(grid(), 0, 50)).isNotEmpty().allSatisfy(r -> {
            assertThat(r.getString("region")).isIn("North", "West");
            assertThat(r.getString("product").toLowerCase()).contains("o");
        });
        assertThat(_get(EChart.class).getChart().type()).isEqualTo(ChartType.LINE);
        assertThat(GridKt._size(groupGrid())).isPositive();

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove filter on region")));
        assertThat(link()).isEqualTo("explore?" + query.replace("&in.region=North&in.region=West", ""));
    }

    @Test
    void unfilteredTable_showsTheCatalogEstimate_filteredCountsOnRequest() throws InterruptedException {
        open("table=gold.sales");
        assertThat(rowCountText()).isEqualTo("≈ 2,000 rows");

        open("table=gold.sales&in.region=North");
        assertThat(rowCountText()).isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Count rows")));
        awaitQueries();

        long north = ((Number) warehouse.query(new dev.lakeside.warehouse.SqlBuilder(warehouse.dialect())
                .sql("SELECT count(*) FROM gold.sales WHERE region = 'North'").build()).singleValue()).longValue();
        assertThat(rowCountText()).isEqualTo(Cells.count(north) + " matching rows");
    }

    @Test
    void linkNamingAColumnTheTableLacks_showsWhyAndRunsNothing() {
        int before = warehouse.statements().size();
        open("table=gold.sales&sort=-password");

        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("explore-message")).getText())
                .isEqualTo("No column password in gold.sales");
        assertThat(warehouse.statements().subList(before, warehouse.statements().size()))
                .noneMatch(s -> s.sql().contains("password"));
    }

    @Test
    void linkWhoseMeasureIsNamedLikeADimension_showsWhyAndRunsNoGroupBy() {
        int before = warehouse.statements().size();
        open("table=gold.sales&group=region&group=product&measure=sum.revenue&measure=count&measure=sum.revenue");
        assertThat(message()).contains("Sum of revenue").contains("sum_revenue");

        open("table=gold.sales&group=region&measure=count.region&measure=count");
        assertThat(message()).isEmpty();

        assertThat(warehouse.statements().subList(before, warehouse.statements().size()))
                .noneMatch(s -> s.sql().contains("sum(\"revenue\")"));
    }

    @Test
    void linkWithAChartTheBuilderDoesNotOffer_showsWhyAndRunsNoGroupBy() {
        int before = warehouse.statements().size();
        open("table=gold.sales&group=region&measure=count&chart=heatmap");

        assertThat(message()).contains("heatmap").contains("bar");
        assertThat(warehouse.statements().subList(before, warehouse.statements().size()))
                .noneMatch(s -> s.sql().contains("GROUP BY"));
    }

    private static String message() {
        // hidden when there is nothing to say, and lookups see only visible components
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("explore-message"))
                .stream().map(com.vaadin.flow.component.html.Span::getText).findFirst().orElse("");
    }

    private String rowCountText() {
        return _get(RowCount.class).text();
    }

    @SuppressWarnings("unchecked")
    private void addContainsFilter(String column, String text) {
        ComboBoxKt.selectByLabel(_get(ComboBox.class, spec -> spec.withLabel("Column")), column + " (varchar)");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Contains")), text);
        _click(_get(Button.class, spec -> spec.withText("Add filter")));
    }

    @SuppressWarnings("unchecked")
    private void addMeasure(Measure.Aggregate aggregate, String column) {
        _setValue(_get(Select.class, spec -> spec.withLabel("Measure")), aggregate);
        ComboBox<String> of = _get(ComboBox.class, spec -> spec.withLabel("Of column"));
        _setValue(of, column);
        _click(_get(Button.class, spec -> spec.withText("Add measure")));
    }
}
