package dev.lakeside.live;

import java.time.Duration;
import java.util.List;

/**
 * What a viewer of the live dashboard looks at. Viewers with equal selections share one refresher
 * and therefore one warehouse query per refresh.
 *
 * @param deviceId     one of the simulated devices
 * @param bucket       chart resolution: gold windows are averaged into buckets of this length
 * @param refreshEvery how often the data is queried and pushed
 */
record LiveSelection(String deviceId, Duration bucket, Duration refreshEvery) {

    static final List<Duration> BUCKETS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1));
    static final List<Duration> REFRESH_INTERVALS =
            List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
    static final List<String> DEVICES = SimulatedDevice.PROFILES.stream().map(SimulatedDevice::id).toList();
    /** How many buckets a chart shows. */
    static final int POINTS = 60;

    LiveSelection {
        if (!DEVICES.contains(deviceId) || !BUCKETS.contains(bucket) || !REFRESH_INTERVALS.contains(refreshEvery)) {
            throw new IllegalArgumentException("Not a selection the dashboard offers: " + deviceId + ", " + bucket
                    + ", " + refreshEvery);
        }
    }

    LiveSelection withDevice(String device) {
        return new LiveSelection(device, bucket, refreshEvery);
    }

    LiveSelection withBucket(Duration length) {
        return new LiveSelection(deviceId, length, refreshEvery);
    }

    LiveSelection withRefreshEvery(Duration interval) {
        return new LiveSelection(deviceId, bucket, interval);
    }
}
