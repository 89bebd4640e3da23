package dev.lakeside.warehouse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuckDbWarehouseStreamTest {

    @TempDir
    Path dir;
    private DuckDbWarehouse warehouse;

    @BeforeEach
    void open() {
        warehouse = new DuckDbWarehouse(dir.resolve("stream.duckdb"), Duration.ofSeconds(30), written -> { });
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void stream_boundParameters_handsEveryRowInOrder() {
        List<ColumnInfo> seenColumns = new ArrayList<>();
        AtomicLong sum = new AtomicLong();
        AtomicLong last = new AtomicLong(-1);
        long rows = warehouse.stream(sql().sql("SELECT range AS n FROM range(200000) WHERE range >= ").value(1000)
                .sql(" ORDER BY n").build(), Warehouse.QueryOptions.defaults(), new RowSink() {
            @Override
            public void columns(List<ColumnInfo> columns) {
                seenColumns.addAll(columns);
            }

            @Override
            public void row(Row row) {
                assertThat(row.getLong("n")).isEqualTo(last.get() < 0 ? 1000 : last.get() + 1);
                last.set(row.getLong("n"));
                sum.addAndGet(row.getLong("n"));
            }
        });

        assertThat(rows).isEqualTo(199_000);
        assertThat(seenColumns).extracting(ColumnInfo::name).containsExactly("n");
        assertThat(sum.get()).isEqualTo((199_999L * 200_000 / 2) - (999L * 1000 / 2));
    }

    @Test
    void stream_sinkFails_stopsWithTheSinkError() {
        assertThatThrownBy(() -> warehouse.stream(sql().sql("SELECT range FROM range(100000)").build(),
                Warehouse.QueryOptions.defaults(), row -> {
                    throw new IOException("client went away");
                })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("client went away");
    }

    @Test
    void stream_cancelledWhileReading_reportsCancelled() {
        QueryHandle handle = new QueryHandle();
        AtomicLong seen = new AtomicLong();
        assertThatThrownBy(() -> warehouse.stream(sql().sql("SELECT range FROM range(10000000)").build(),
                Warehouse.QueryOptions.cancellable(handle), row -> {
                    if (seen.incrementAndGet() == 5000) {
                        handle.cancel();
                    }
                })).isInstanceOfSatisfying(WarehouseException.class,
                e -> assertThat(e.reason()).isEqualTo(WarehouseException.Reason.CANCELLED));
        assertThat(seen.get()).isLessThan(10_000_000);
    }

    private SqlBuilder sql() {
        return new SqlBuilder(warehouse.dialect());
    }
}
