package dev.lakeside.live;

import java.time.Duration;

/** Runs a task now and then every period until cancelled; tests substitute one they advance by hand. */
interface RefreshTicker {

    AutoCloseable every(Duration period, Runnable task);
}
