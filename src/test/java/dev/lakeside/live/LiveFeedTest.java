package dev.lakeside.live;

import dev.lakeside.warehouse.DuckDbWarehouse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LiveFeedTest {

    static final LiveSelection OFFICE = new LiveSelection("bme280-office", Duration.ofSeconds(10), Duration.ofSeconds(2));
    static final int INTERVALS = 5;

    @TempDir
    Path tempDir;
    DuckDbWarehouse real;
    CountingWarehouse warehouse;
    ManualTicker ticker = new ManualTicker();
    LiveFeed feed;

    @BeforeEach
    void open() {
        real = SensorWarehouse.create(tempDir.resolve("live.duckdb"));
        warehouse = new CountingWarehouse(real);
        feed = new LiveFeed(new DashboardQuery(warehouse, SensorTables.DEMO, Clock.systemUTC()), ticker, new SimpleMeterRegistry());
    }

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void twentyViewersOfOneSelection_warehouseSeesOneQueryPerInterval_everyViewerGetsEveryUpdate() {
        List<AtomicInteger> received = viewers(20, OFFICE);
        int afterSubscribing = warehouse.queries();

        for (int i = 0; i < INTERVALS; i++) {
            ticker.tick();
        }

        assertThat(afterSubscribing).isEqualTo(1);
        assertThat(warehouse.queries() - afterSubscribing).isEqualTo(INTERVALS);
        assertThat(received).allSatisfy(count -> assertThat(count.get()).isEqualTo(INTERVALS + 1));
        assertThat(feed.queriesRun()).isEqualTo(INTERVALS + 1.0);
    }

    @Test
    void oneViewer_alsoOneQueryPerInterval() {
        List<AtomicInteger> received = viewers(1, OFFICE);

        for (int i = 0; i < INTERVALS; i++) {
            ticker.tick();
        }

        assertThat(warehouse.queries()).isEqualTo(INTERVALS + 1);
        assertThat(received.getFirst().get()).isEqualTo(INTERVALS + 1);
    }

    @Test
    void twoSelections_oneQueryEachPerInterval_andNoneOnceEveryoneHasLeft() throws Exception {
        LiveSelection rooftop = OFFICE.withDevice("bme280-rooftop");
        List<AutoCloseable> subscriptions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            subscriptions.add(feed.subscribe(i % 2 == 0 ? OFFICE : rooftop, snapshot -> { }));
        }
        int afterSubscribing = warehouse.queries();

        ticker.tick();
        int perInterval = warehouse.queries() - afterSubscribing;
        for (AutoCloseable subscription : subscriptions) {
            subscription.close();
        }
        ticker.tick();

        assertThat(perInterval).isEqualTo(2);
        assertThat(warehouse.queries() - afterSubscribing).isEqualTo(2);
        assertThat(feed.activeSelections()).isZero();
        assertThat(ticker.scheduled()).isZero();
    }

    @Test
    void viewerJoiningLater_getsTheLatestSnapshotWithoutAnExtraQuery() {
        viewers(1, OFFICE);
        int before = warehouse.queries();
        AtomicInteger late = new AtomicInteger();

        feed.subscribe(OFFICE, snapshot -> late.incrementAndGet());

        assertThat(late.get()).isEqualTo(1);
        assertThat(warehouse.queries()).isEqualTo(before);
    }

    private List<AtomicInteger> viewers(int count, LiveSelection selection) {
        List<AtomicInteger> received = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AtomicInteger counter = new AtomicInteger();
            received.add(counter);
            feed.subscribe(selection, snapshot -> counter.incrementAndGet());
        }
        return received;
    }
}
