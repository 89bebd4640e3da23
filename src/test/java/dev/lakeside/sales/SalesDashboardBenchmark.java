package dev.lakeside.sales;

import dev.lakeside.cache.QueryCache;
import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.TemporaryDataDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times one refresh of the sales dashboard (KPIs, revenue over time, revenue by product, row count,
 * first grid page) on the full 1,000,000-row {@code gold.sales}: with the query cache emptied first
 * (cold; DuckDB itself is warm) and again with everything cached. Not part of {@code mvn test}:
 * <pre>mvn test -Dtest=SalesDashboardBenchmark -DexcludedGroups=none</pre>
 * Figures go to the log and to {@code target/benchmarks/sales-dashboard.txt}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"lakeside.demo.sales=1000000", "lakeside.demo.suppliers=100",
        "lakeside.demo.sensor-readings=1000", "lakeside.demo.taxi-trips=1000", "lakeside.demo.reviews=100"})
class SalesDashboardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SalesDashboardBenchmark.class);
    private static final int ROUNDS = 7;

    @Autowired
    SalesService service;
    @Autowired
    QueryCache cache;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        TemporaryDataDir.register(registry);
    }

    @Test
    void dashboardRefresh_coldVersusCached() throws IOException {
        LocalDate last = service.dateBounds().last();
        List<SalesFilter> filters = List.of(
                new SalesFilter(last.minusDays(29), last, null),
                new SalesFilter(last.minusDays(89), last, "West"),
                new SalesFilter(last.minusYears(1).plusDays(1), last, null),
                new SalesFilter(service.dateBounds().first(), last, "North"));
        StringBuilder report = new StringBuilder("filter | cold median ms | cached median ms | ratio\n");
        for (SalesFilter filter : filters) {
            refresh(filter);
            List<Double> cold = new ArrayList<>();
            List<Double> cached = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                cache.invalidateAll();
                cold.add(time(filter));
                cached.add(time(filter));
            }
            double coldMs = median(cold);
            double cachedMs = median(cached);
            report.append(String.format(Locale.ROOT, "%s..%s %s | %.1f | %.3f | %.0fx%n", filter.from(), filter.to(),
                    filter.region() == null ? "all regions" : filter.region(), coldMs, cachedMs, coldMs / cachedMs));
            assertThat(cachedMs).isPositive();
        }
        log.info("Sales dashboard refresh, {} rounds:\n{}", ROUNDS, report);
        Path out = Path.of("target/benchmarks/sales-dashboard.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private double time(SalesFilter filter) {
        long start = System.nanoTime();
        refresh(filter);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Exactly what SalesDashboardView asks on a refresh, plus the grid's first page. */
    private void refresh(SalesFilter filter) {
        service.kpis(filter);
        service.revenueOverTime(filter);
        service.revenueByProduct(filter);
        service.count(filter);
        service.rows(filter, 0, 50, List.of(Sort.desc("order_date")));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
