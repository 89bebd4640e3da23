package dev.lakeside.ops;

import dev.lakeside.ui.KaribuSpringTest;
import dev.lakeside.warehouse.SqlBuilder;
import dev.lakeside.warehouse.Warehouse;
import dev.lakeside.warehouse.WarehouseException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Warehouse latency, Vaadin session gauges, probes and the Prometheus endpoint in the running application. */
class OperationsTest extends KaribuSpringTest {

    @Autowired
    Warehouse warehouse;
    @Autowired
    MeterRegistry registry;
    @Autowired
    VaadinSessionMetrics sessions;

    private long count(String operation, String outcome) {
        Timer timer = registry.find(TimedWarehouse.TIMER).tag("operation", operation).tag("outcome", outcome)
                .tag("warehouse", warehouse.dialect().name()).timer();
        return timer == null ? 0 : timer.count();
    }

    /** Queries that ended with a WarehouseException, whatever its reason tag. */
    private long failedQueries() {
        return registry.find(TimedWarehouse.TIMER).tag("operation", "query").timers().stream()
                .filter(t -> !"success".equals(t.getId().getTag("outcome"))).mapToLong(Timer::count).sum();
    }

    @Test
    void everyWarehouseCall_isTimedByOperationAndOutcome() {
        long queries = count("query", "success");
        long failures = failedQueries();

        warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT count(*) FROM gold.suppliers").build());
        assertThatThrownBy(() -> warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT nope FROM gold.suppliers").build()))
                .isInstanceOf(WarehouseException.class);

        assertThat(count("query", "success")).isEqualTo(queries + 1);
        assertThat(failedQueries()).isEqualTo(failures + 1);
        assertThat(warehouse).isInstanceOf(TimedWarehouse.class);
    }

    @Test
    void vaadinSessionsAndUis_areCounted() {
        // KaribuSpringTest opened a session and a UI through Vaadin's real service listeners.
        assertThat(sessions.openSessions()).isPositive();
        assertThat(sessions.openUis()).isPositive();
        assertThat(registry.get("lakeside.vaadin.sessions").gauge().value()).isEqualTo(sessions.openSessions());
    }

    @Test
    void probesAndPrometheus_answer() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
        warehouse.query(new SqlBuilder(warehouse.dialect()).sql("SELECT 1").build());

        String readiness = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getContentAsString();
        String liveness = mvc.perform(get("/actuator/health/liveness")).andReturn().getResponse().getContentAsString();
        String metrics = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();

        assertThat(readiness).contains("\"UP\"");
        assertThat(liveness).contains("\"UP\"");
        assertThat(metrics).contains("lakeside_warehouse_calls_seconds_count{", "lakeside_vaadin_sessions", "operation=\"query\"");
    }
}
