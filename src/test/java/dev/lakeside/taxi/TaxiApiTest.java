package dev.lakeside.taxi;

import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.Row;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The taxi data product over HTTP, through Spring MVC's real dispatcher (where Vaadin's servlet also lives). */
class TaxiApiTest extends KaribuSpringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    Warehouse warehouse;
    private MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
    }

    @Test
    void pickupDensity_fare_cellsEqualDirectSqlAggregate() throws Exception {
        LocalDate start = LocalDate.of(2026, 5, 1);
        JsonNode body = getJson("/api/taxi/pickup-density?date=2026-05-01&days=31&cell=0.02&metric=fare", 200);

        Map<String, Row> expected = new HashMap<>();
        for (Row row : warehouse.query(new SqlBuilder(warehouse.dialect())
                .sql("SELECT floor(pickup_lat / 0.02) AS lat_i, floor(pickup_lon / 0.02) AS lon_i, count(*) AS n, ")
                .sql("avg(fare_amount) AS fare FROM ").table(TaxiService.TRIPS)
                .sql(" WHERE CAST(pickup_at AS DATE) BETWEEN ").value(start).sql(" AND ").value(start.plusDays(30))
                .sql(" GROUP BY 1, 2").build()).rows()) {
            expected.put(row.getLong("lat_i") + "/" + row.getLong("lon_i"), row);
        }
        assertThat(expected).isNotEmpty();
        assertThat(body.get("metric").asString()).isEqualTo("fare");
        assertThat(body.get("cells").size()).isEqualTo(expected.size());
        long trips = 0;
        for (JsonNode cell : body.get("cells")) {
            Row row = expected.get(cell.get("latIndex").asLong() + "/" + cell.get("lonIndex").asLong());
            assertThat(row).as(cell.toString()).isNotNull();
            assertThat(cell.get("trips").asLong()).isEqualTo(row.getLong("n"));
            assertThat(cell.get("value").asDouble()).isCloseTo(row.getDouble("fare"), within(1e-9));
            assertThat(cell.get("latitude").asDouble()).isCloseTo((cell.get("latIndex").asLong() + 0.5) * 0.02, within(1e-6));
            trips += cell.get("trips").asLong();
        }
        assertThat(body.get("trips").asLong()).isEqualTo(trips).isEqualTo(expected.values().stream()
                .mapToLong(r -> r.getLong("n")).sum());
    }

    @Test
    void pickupDensity_defaultMetric_valueIsTheTripCount() throws Exception {
        JsonNode body = getJson("/api/taxi/pickup-density?date=2026-05-01&days=7", 200);

        assertThat(body.get("metric").asString()).isEqualTo("pickups");
        assertThat(body.get("cellDegrees").asDouble()).isEqualTo(DensityQuery.DEFAULT_CELL);
        assertThat(body.get("cells")).isNotEmpty().allSatisfy(c ->
                assertThat(c.get("value").asDouble()).isEqualTo(c.get("trips").asDouble()));
    }

    @Test
    void badParameters_400WithProblemDetailSayingWhatToFix() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/taxi/pickup-density", "Parameter 'date' is required",
                "/api/taxi/pickup-density?date=yesterday", "must be a date like 2026-05-01",
                "/api/taxi/pickup-density?date=2026-05-01&days=0", "days must be between 1 and 31",
                "/api/taxi/pickup-density?date=2026-05-01&days=many", "Parameter 'days' must be a whole number",
                "/api/taxi/pickup-density?date=2026-05-01&cell=5", "cell must be between 0.001 and 0.1",
                "/api/taxi/pickup-density?date=2026-05-01&metric=fare_amount", "Unknown metric 'fare_amount'",
                "/api/taxi/pickup-density?date=2026-05-01&metric=fare%3B%20DROP%20TABLE%20x", "Unknown metric",
                "/api/taxi/pickup-density?date=%2B999999999-12-31", "date must be between 1900-01-01 and 2100-12-31",
                "/api/taxi/pickup-density?date=-999999999-01-01", "date must be between");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            MvcResult result = mvc.perform(get(java.net.URI.create(c.getKey()))).andReturn(); // as sent, %2B stays +
            assertThat(result.getResponse().getStatus()).as(c.getKey()).isEqualTo(400);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
            JsonNode body = JSON.readTree(result.getResponse().getContentAsString());
            assertThat(body.get("status").asInt()).isEqualTo(400);
            assertThat(body.get("detail").asString()).as(c.getKey()).contains(c.getValue());
        }
        assertThat(((Number) warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM ")
                .table(TaxiService.TRIPS).build()).singleValue()).longValue()).isPositive();
    }

    @Test
    void tripsWithNullCoordinatesOrFares_doNotBreakTheGrid() throws Exception {
        // a day far from the demo data, so no other test sees these rows (removed again below)
        String day = "1999-03-01";
        try {
            warehouse.update(new SqlBuilder(warehouse.dialect()).sql("INSERT INTO ").table(TaxiService.TRIPS)
                    .sql(" (trip_id, pickup_at, pickup_lat, pickup_lon, fare_amount, tip_amount, trip_distance_mi) VALUES ")
                    .sql("(-1, TIMESTAMP '1999-03-01 10:00:00', NULL, NULL, 12.50, 1.00, 2.0), ")
                    .sql("(-2, TIMESTAMP '1999-03-01 11:00:00', 40.75, NULL, 12.50, 1.00, 2.0), ")
                    .sql("(-3, TIMESTAMP '1999-03-01 12:00:00', 40.75, -73.99, NULL, NULL, NULL)").build());

            JsonNode pickups = getJson("/api/taxi/pickup-density?date=" + day, 200);
            assertThat(pickups.get("trips").asLong()).isEqualTo(1);
            assertThat(pickups.get("cells")).hasSize(1);
            assertThat(pickups.get("cells").get(0).get("value").asDouble()).isEqualTo(1.0);

            JsonNode fares = getJson("/api/taxi/pickup-density?date=" + day + "&metric=fare", 200);
            assertThat(fares.get("cells").get(0).get("value").isNull()).isTrue();
        } finally {
            warehouse.update(new SqlBuilder(warehouse.dialect()).sql("DELETE FROM ").table(TaxiService.TRIPS)
                    .sql(" WHERE trip_id < 0").build());
        }
    }

    @Test
    void unknownPathUnderTheApi_404ProblemNotVaadinsPage() throws Exception {
        MvcResult result = mvc.perform(get("/api/taxi/nothing-here")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(JSON.readTree(result.getResponse().getContentAsString()).get("detail").asString())
                .contains("/api/taxi/nothing-here");
    }

    @Test
    void openApi_describesTheEndpointWithTheMetricAllowList() throws Exception {
        JsonNode api = getJson("/api/openapi", 200);

        JsonNode parameters = api.at("/paths/~1api~1taxi~1pickup-density/get/parameters");
        assertThat(parameters.valueStream().map(p -> p.get("name").asString()).toList())
                .containsExactly("date", "days", "cell", "metric");
        JsonNode metric = parameters.valueStream().filter(p -> p.get("name").asString().equals("metric"))
                .findFirst().orElseThrow();
        assertThat(metric.at("/schema/enum").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(List.of(TaxiMetric.values()).stream().map(TaxiMetric::parameter).toList());
        assertThat(api.at("/paths/~1api~1taxi~1pickup-density/get/responses/400").isObject()).isTrue();
        assertThat(mvc.perform(get("/api/openapi.yaml")).andReturn().getResponse().getContentAsString())
                .contains("/api/taxi/pickup-density");
    }

    private JsonNode getJson(String url, int status) throws Exception {
        MvcResult result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
