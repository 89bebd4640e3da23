package dev.lakeside.explore;

import dev.lakeside.warehouse.Sort;
import dev.lakeside.warehouse.TableName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures for docs/explore.md, on the full 1,000,000-row gold.sales of the warehouse in ./data
 * (generated on first use): {@code mvn test -Dtest=ExploreBenchmark -DexcludedGroups=none}. Not part
 * of the normal suite.
 */
@Tag("benchmark")
@SpringBootTest
class ExploreBenchmark {

    private static final TableName SALES = new TableName("gold", "sales");
    private static final int PAGE = 50;
    private static final int PAGES = 100;

    @Autowired
    ExploreService service;

    @Test
    void gridPagesAndCsvExport() throws IOException {
        TableSchema schema = service.describe(SALES);
        List<ExploreState> states = List.of(
                ExploreState.of(SALES),
                ExploreState.of(SALES).withSorts(List.of(Sort.desc("revenue"))),
                ExploreState.of(SALES).withSorts(List.of(Sort.asc("product"), Sort.desc("order_date"))),
                ExploreState.of(SALES).withFilter(new ColumnFilter.AnyOf("region", List.of("North", "West")))
                        .withSorts(List.of(Sort.desc("units"))));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            service.page(schema, states.get(i % states.size()), random.nextInt(900_000), PAGE);
        }
        List<String> lines = new ArrayList<>();
        for (ExploreState state : states) {
            long[] nanos = new long[PAGES];
            for (int i = 0; i < PAGES; i++) {
                // A new offset every time, so the query cache never answers.
                long offset = (long) i * 4_000 + random.nextInt(3_000);
                long start = System.nanoTime();
                assertThat(service.page(schema, state, offset, PAGE).size()).isEqualTo(PAGE);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            lines.add(String.format(Locale.ROOT, "page of %d, %s: p50 %.1f ms, p95 %.1f ms (%d pages, offsets 0..400,000)",
                    PAGE, describe(state), nanos[PAGES / 2] / 1e6, nanos[PAGES * 95 / 100] / 1e6, PAGES));
        }
        for (int run = 1; run <= 2; run++) {
            CountingStream out = new CountingStream();
            long start = System.nanoTime();
            long rows = CsvDownload.write(service, schema, ExploreState.of(SALES), out);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(rows).isEqualTo(1_000_000);
            lines.add(String.format(Locale.ROOT, "CSV export run %d: %,d rows, %.1f MB in %.2f s = %,.0f rows/s",
                    run, rows, out.bytes / 1e6, seconds, rows / seconds));
        }
        Path report = Path.of("target", "explore-benchmark.txt");
        Files.write(report, lines);
        lines.forEach(System.out::println);
    }

    private static String describe(ExploreState state) {
        String query = state.toQueryString().replace("table=gold.sales", "").replaceFirst("^&", "");
        return query.isEmpty() ? "no filter, no sort" : query;
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
