package dev.lakeside.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Simulated BME280 devices. Each call to {@link #deliver(Instant)} measures every device up to that
 * instant at its share of the configured rate, with a slow cycle, a random-walk drift and noise per
 * metric; devices go silent now and then, and some readings are held back and delivered seconds
 * (rarely a minute) later, as a flaky network would. Not thread-safe: one runner drives it.
 */
final class SensorSimulator {

    /** Delays of late readings: within the default 30 s watermark, and well beyond it. */
    private static final Duration LATE_MIN = Duration.ofSeconds(2);
    private static final Duration LATE_MAX = Duration.ofSeconds(20);
    private static final Duration TOO_LATE_MIN = Duration.ofSeconds(45);
    private static final Duration TOO_LATE_MAX = Duration.ofSeconds(90);

    private final LiveProperties.Simulator settings;
    private final SplittableRandom random;
    private final List<Device> devices;
    private final long stepNanos;
    private final PriorityQueue<Held> heldBack = new PriorityQueue<>(Comparator.comparing(Held::deliverAt));

    SensorSimulator(LiveProperties.Simulator settings, Instant start) {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
        this.devices = SimulatedDevice.PROFILES.stream().map(p -> new Device(p, start)).toList();
        this.stepNanos = 1_000_000_000L * devices.size() / settings.readingsPerSecond();
    }

    /** Readings that reach the warehouse by {@code now}: fresh ones and late ones now due. */
    List<SensorReading> deliver(Instant now) {
        List<SensorReading> out = new ArrayList<>();
        for (Device device : devices) {
            if (device.silentUntil.isBefore(now) && random.nextDouble() < settings.gapChance()) {
                device.silentUntil = now.plusSeconds(3 + random.nextInt(8));
            }
            while (!device.next.isAfter(now)) {
                if (device.next.isAfter(device.silentUntil)) {
                    route(device.measure(device.next, random), now, out);
                }
                device.next = device.next.plusNanos(stepNanos);
            }
        }
        while (!heldBack.isEmpty() && !heldBack.peek().deliverAt().isAfter(now)) {
            out.add(heldBack.poll().reading());
        }
        return out;
    }

    /** Restarts the clocks at {@code now}, so resuming after a pause does not replay the missed time. */
    void resumeAt(Instant now) {
        devices.forEach(d -> d.next = now);
    }

    List<String> deviceIds() {
        return devices.stream().map(d -> d.profile.id()).toList();
    }

    private void route(SensorReading reading, Instant now, List<SensorReading> out) {
        double draw = random.nextDouble();
        if (draw < settings.tooLateFraction()) {
            heldBack.add(new Held(reading, reading.createdAt().plus(between(TOO_LATE_MIN, TOO_LATE_MAX))));
        } else if (draw < settings.tooLateFraction() + settings.lateFraction()) {
            heldBack.add(new Held(reading, reading.createdAt().plus(between(LATE_MIN, LATE_MAX))));
        } else {
            out.add(reading);
        }
    }

    private Duration between(Duration min, Duration max) {
        return min.plusMillis(random.nextLong(max.minus(min).toMillis()));
    }

    private record Held(SensorReading reading, Instant deliverAt) {
    }

    /** A device's mutable state: when it measures next, its drift, whether it is silent. */
    private static final class Device {
        private final SimulatedDevice profile;
        private Instant next;
        private Instant silentUntil;
        private double drift;

        Device(SimulatedDevice profile, Instant start) {
            this.profile = profile;
            this.next = start;
            this.silentUntil = start;
        }

        SensorReading measure(Instant at, SplittableRandom random) {
            drift = drift * 0.9995 + random.nextGaussian() * 0.002;
            double cycle = Math.sin(2 * Math.PI * (at.toEpochMilli() / 600_000.0 + profile.phase()));
            double temperature = profile.temperature() + profile.swing() * cycle + drift + random.nextGaussian() * 0.15;
            double humidity = Math.clamp(profile.humidity() - 1.8 * (temperature - profile.temperature())
                    + random.nextGaussian() * 0.6, 5.0, 100.0);
            double pressure = profile.pressure() + 0.8 * Math.cos(2 * Math.PI * at.toEpochMilli() / 1_800_000.0)
                    + drift * 0.5 + random.nextGaussian() * 0.08;
            return new SensorReading(profile.id(), at, round(temperature), round(humidity), round(pressure));
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }
}
