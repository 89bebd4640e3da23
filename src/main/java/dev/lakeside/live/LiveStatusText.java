package dev.lakeside.live;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The sentences under the dashboard's controls: freshness, lag and what the pipeline has done. */
final class LiveStatusText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private LiveStatusText() {
    }

    static String describe(DashboardSnapshot snapshot) {
        DashboardSnapshot.PipelineStatus pipeline = snapshot.pipeline();
        String updated = "Last updated " + TIME.format(LocalDateTime.ofInstant(snapshot.queriedAt(), ZoneOffset.UTC)) + " UTC";
        Duration lag = snapshot.lag();
        String lagText = lag == null ? "no readings yet" : "lag " + seconds(lag);
        return String.format(Locale.ROOT, "%s · %s · %,d readings processed · %,d dropped as too late · %,d waiting",
                updated, lagText, pipeline.processed(), pipeline.dropped(), pipeline.backlog());
    }

    static String stall(DashboardSnapshot snapshot) {
        LocalDateTime heartbeat = snapshot.pipeline().heartbeat();
        if (heartbeat == null) {
            return "The pipeline has never run: the charts show no live data.";
        }
        Duration silent = Duration.between(heartbeat.toInstant(ZoneOffset.UTC), snapshot.queriedAt());
        return "The pipeline has stalled: no run for " + seconds(silent) + " (last at " + TIME.format(heartbeat)
                + " UTC). The charts show the last data it produced.";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis < 100_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : duration.toMinutes() + " min";
    }
}
