package dev.lakeside.live;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SharedRefresherTest {

    private static final LiveSelection SELECTION =
            new LiveSelection(LiveSelection.DEVICES.getFirst(), Duration.ofSeconds(10), Duration.ofSeconds(2));

    @Test
    void slowRefreshOverlappedByANewerOne_viewersReceiveSnapshotsInQueryOrder() throws Exception {
        CountDownLatch firstQueryStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstQuery = new CountDownLatch(1);
        AtomicInteger queries = new AtomicInteger();
        SharedRefresher refresher = new SharedRefresher(SELECTION, selection -> {
            int number = queries.incrementAndGet();
            if (number == 1) {
                firstQueryStarted.countDown();
                await(releaseFirstQuery);
            }
            return snapshot(number);
        });
        List<Long> received = new CopyOnWriteArrayList<>();
        refresher.add(snapshot -> received.add(snapshot.pipeline().processed()));

        Thread slowTick = Thread.ofPlatform().start(refresher::refresh);
        await(firstQueryStarted);
        Thread newerTick = Thread.ofPlatform().start(refresher::refresh);
        waitUntilBlockedOrDone(newerTick);
        releaseFirstQuery.countDown();
        slowTick.join(5_000);
        newerTick.join(5_000);

        assertThat(received).containsExactly(1L, 2L);
    }

    private static DashboardSnapshot snapshot(long number) {
        var status = new DashboardSnapshot.PipelineStatus(null, null, number, 0, 0);
        return new DashboardSnapshot(SELECTION, List.of(), status, Instant.now());
    }

    private static void waitUntilBlockedOrDone(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (thread.isAlive() && thread.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
