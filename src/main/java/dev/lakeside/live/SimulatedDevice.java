package dev.lakeside.live;

import java.util.List;

/**
 * What a simulated device measures around: the same five rooms as the demo history.
 *
 * @param phase where in its ten-minute cycle the device starts, so the curves do not move in step
 */
record SimulatedDevice(String id, double temperature, double swing, double humidity, double pressure,
                       double phase) {

    static final List<SimulatedDevice> PROFILES = List.of(
            new SimulatedDevice("bme280-greenhouse", 26.0, 2.0, 75.0, 1012.85, 0.0),
            new SimulatedDevice("bme280-warehouse", 17.0, 0.8, 45.0, 1012.05, 0.2),
            new SimulatedDevice("bme280-office", 22.0, 0.6, 40.0, 1012.45, 0.4),
            new SimulatedDevice("bme280-cold-room", 4.0, 0.4, 85.0, 1013.05, 0.6),
            new SimulatedDevice("bme280-rooftop", 12.0, 3.0, 65.0, 1010.25, 0.8));
}
