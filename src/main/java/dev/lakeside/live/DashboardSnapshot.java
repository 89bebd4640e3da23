package dev.lakeside.live;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One refresh of the dashboard, shared by every viewer of the same selection.
 *
 * @param series   one per metric, in {@link #METRICS} order
 * @param pipeline how far the pipeline has got when the query ran
 * @param queriedAt when the query ran
 */
record DashboardSnapshot(LiveSelection selection, List<MetricSeries> series, PipelineStatus pipeline,
                         Instant queriedAt) {

    static final List<String> METRICS = List.of("temperature_c", "humidity_pct", "pressure_hpa");

    /**
     * Averages per bucket of one metric.
     *
     * @param buckets      bucket starts (UTC)
     * @param averages     mean of the gold window averages in the bucket
     * @param movingAverages the gold moving average at the end of the bucket
     */
    record MetricSeries(String metric, List<LocalDateTime> buckets, List<Double> averages,
                        List<Double> movingAverages) {
    }

    /**
     * @param newestReading newest reading time folded into gold, null before any
     * @param heartbeat     when the pipeline last ran
     * @param backlog       bronze rows not yet processed
     */
    record PipelineStatus(LocalDateTime newestReading, LocalDateTime heartbeat, long processed, long dropped,
                          long backlog) {
    }

    /** How far gold trails the clock: from the newest folded-in reading's creation to the query. */
    Duration lag() {
        return pipeline.newestReading() == null ? null
                : Duration.between(pipeline.newestReading().toInstant(ZoneOffset.UTC), queriedAt);
    }

    /** Whether the pipeline has stopped running (no heartbeat for longer than {@code stallAfter}). */
    boolean stalled(Duration stallAfter) {
        return pipeline.heartbeat() == null
                || Duration.between(pipeline.heartbeat().toInstant(ZoneOffset.UTC), queriedAt).compareTo(stallAfter) > 0;
    }
}
