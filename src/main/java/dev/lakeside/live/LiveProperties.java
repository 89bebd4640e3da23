package dev.lakeside.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the live sensor demo ({@code lakeside.live.*}): the simulator that feeds bronze, the
 * pipeline that rolls bronze up into silver and gold, and the dashboard.
 */
@ConfigurationProperties("lakeside.live")
public record LiveProperties(
        @DefaultValue Simulator simulator,
        @DefaultValue Pipeline pipeline,
        @DefaultValue Dashboard dashboard) {

    /**
     * @param enabled           start emitting when the app starts (embedded demo mode only)
     * @param readingsPerSecond readings per second over all devices
     * @param batchInterval     how often buffered readings are appended to bronze in one INSERT
     * @param lateFraction      share of readings delivered late but within the watermark
     * @param tooLateFraction   share of readings delivered after the watermark (dropped by silver)
     * @param gapChance         chance per device and batch that the device goes silent for a few seconds
     * @param seed              seed of the noise, so a run can be repeated
     */
    public record Simulator(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("250") int readingsPerSecond,
            @DefaultValue("200ms") Duration batchInterval,
            @DefaultValue("0.02") double lateFraction,
            @DefaultValue("0.002") double tooLateFraction,
            @DefaultValue("0.002") double gapChance,
            @DefaultValue("7") long seed) {

        public Simulator {
            if (readingsPerSecond < 1 || batchInterval.isNegative() || batchInterval.isZero()) {
                throw new IllegalArgumentException("lakeside.live.simulator needs a positive rate and batch interval");
            }
        }
    }

    /**
     * @param enabled          run the roll-up on a schedule (tests turn it off and call it directly)
     * @param interval         pause between two runs
     * @param windowLength     silver window length, whole seconds
     * @param watermark        how late a reading may arrive and still be folded into its window
     * @param movingWindows    how many windows the gold moving average spans
     * @param maxReadingsPerRun upper bound of bronze rows one run (one transaction) takes
     * @param onDatabricks     also run the roll-up in the app on a Databricks SQL warehouse, creating the
     *                         tables where missing (off: there bronze is usually fed and rolled up by jobs)
     */
    public record Pipeline(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1s") Duration interval,
            @DefaultValue("10s") Duration windowLength,
            @DefaultValue("30s") Duration watermark,
            @DefaultValue("6") int movingWindows,
            @DefaultValue("200000") int maxReadingsPerRun,
            @DefaultValue("false") boolean onDatabricks) {

        public Pipeline {
            if (windowLength.toMillis() % 1000 != 0 || windowLength.toSeconds() < 1) {
                throw new IllegalArgumentException("lakeside.live.pipeline.window-length must be whole seconds");
            }
            if (movingWindows < 1 || maxReadingsPerRun < 1 || watermark.isNegative()) {
                throw new IllegalArgumentException("lakeside.live.pipeline needs positive sizes");
            }
        }
    }

    /**
     * @param defaultRefresh refresh interval a new viewer starts with
     * @param stallAfter     the dashboard reports a stall when the pipeline has not run for this long
     */
    public record Dashboard(
            @DefaultValue("2s") Duration defaultRefresh,
            @DefaultValue("10s") Duration stallAfter) {
    }
}
