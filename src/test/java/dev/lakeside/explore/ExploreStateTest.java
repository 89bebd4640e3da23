package dev.lakeside.explore;

import com.vaadin.flow.router.QueryParameters;
import dev.lakeside.chart.ChartType;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExploreStateTest {

    private static final ExploreState FULL = new ExploreState(new TableName("gold", "sales"),
            List.of(new ColumnFilter.Contains("product", "Lap & top = 100%?"),
                    new ColumnFilter.Range("amount", "10.5", null),
                    new ColumnFilter.Range("order_date", "2025-01-01", "2025-03-31"),
                    new ColumnFilter.AnyOf("region", List.of("North", "South, East"))),
            List.of(Sort.desc("amount"), Sort.asc("order_id")),
            List.of("region", "category"),
            List.of(new Measure(Measure.Aggregate.SUM, "amount"), new Measure(Measure.Aggregate.COUNT, null),
                    new Measure(Measure.Aggregate.COUNT_DISTINCT, "customer_id")),
            ChartType.STACKED_BAR);

    @Test
    void fullState_roundTripsThroughParameters() {
        assertThat(ExploreState.parse(FULL.toParameters())).isEqualTo(FULL);
    }

    @Test
    void fullState_roundTripsThroughTheEncodedQueryString() {
        QueryParameters parsed = QueryParameters.fromString(FULL.toQueryString());

        assertThat(ExploreState.parse(parsed.getParameters())).isEqualTo(FULL);
    }

    @Test
    void toQueryString_isReadableAndEncodesUserText() {
        String query = FULL.toQueryString();

        assertThat(query).startsWith("table=gold.sales&")
                .contains("from.amount=10.5", "in.region=North", "in.region=South%2C+East", "sort=-amount",
                        "group=region&group=category", "measure=sum.amount", "measure=count&", "chart=stacked_bar")
                .contains("contains.product=Lap+%26+top+%3D+100%25%3F");
    }

    @Test
    void tableOnly_hasOneParameterAndDefaults() {
        ExploreState state = ExploreState.of(new TableName("gold", "sales"));

        assertThat(state.toQueryString()).isEqualTo("table=gold.sales");
        assertThat(ExploreState.parse(Map.of("table", List.of("gold.sales")))).isEqualTo(state);
    }

    @Test
    void parse_badNamesAndUnknownKeys_areRefused() {
        assertThatThrownBy(() -> ExploreState.parse(Map.of("table", List.of("gold.sales;drop"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExploreState.parse(Map.of("contains.name\"--", List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExploreState.parse(Map.of("drop", List.of("x"))))
                .hasMessageContaining("Unknown parameter");
        assertThatThrownBy(() -> ExploreState.parse(Map.of("measure", List.of("median.amount"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withFilter_sameColumn_replacesTheEarlierFilter() {
        ExploreState state = ExploreState.of(new TableName("gold", "sales"))
                .withFilter(new ColumnFilter.Contains("product", "a"))
                .withFilter(new ColumnFilter.Contains("product", "b"));

        assertThat(state.filters()).containsExactly(new ColumnFilter.Contains("product", "b"));
    }
}
