package dev.lakeside.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a load run saw from the client side: the latency of every interaction by type
 * ({@code fixer.search}, {@code explore.scroll}, ...), every error with what the server said, and counts
 * of pushed messages. Shared by all simulated users.
 */
final class LoadStats {

    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong errorCount = new AtomicLong();

    void latency(String interaction, long nanos) {
        latencies.computeIfAbsent(interaction, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void count(String what) {
        count(what, 1);
    }

    void count(String what, long amount) {
        counters.computeIfAbsent(what, k -> new AtomicLong()).addAndGet(amount);
    }

    long counter(String what) {
        AtomicLong value = counters.get(what);
        return value == null ? 0 : value.get();
    }

    void error(String interaction, String what) {
        if (errorCount.incrementAndGet() <= 50) {
            errors.add(interaction + ": " + (what.length() > 1500 ? what.substring(0, 1500) + "..." : what));
        }
    }

    long errorCount() {
        return errorCount.get();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    long requests() {
        return latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
    }

    long requests(String interaction) {
        ConcurrentLinkedQueue<Long> values = latencies.get(interaction);
        return values == null ? 0 : values.size();
    }

    /** Per interaction: count, p50, p95, p99 and max in milliseconds. */
    Map<String, Summary> summaries() {
        Map<String, Summary> result = new TreeMap<>();
        latencies.forEach((name, values) -> result.put(name, Summary.of(new ArrayList<>(values))));
        return result;
    }

    Map<String, Long> counters() {
        Map<String, Long> result = new TreeMap<>();
        counters.forEach((name, value) -> result.put(name, value.get()));
        return result;
    }

    record Summary(int count, double p50, double p95, double p99, double max) {

        static Summary of(List<Long> nanos) {
            nanos.sort(null);
            return new Summary(nanos.size(), at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99), at(nanos, 1.0));
        }

        private static double at(List<Long> sorted, double quantile) {
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(quantile * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
        }
    }
}
