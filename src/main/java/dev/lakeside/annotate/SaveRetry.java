package dev.lakeside.annotate;

import java.time.Duration;
import java.time.Instant;

/**
 * A save that failed and will be tried again: the time it took the annotator (kept from the
 * first attempt) and when to try next, doubling the wait each time up to a limit.
 *
 * @param taken       how long the annotator spent on the item
 * @param failures    how many attempts have failed
 * @param nextAttempt when to try again
 */
record SaveRetry(Duration taken, int failures, Instant nextAttempt) {

    static SaveRetry afterFirstFailure(Duration taken, Instant now, Duration initialDelay) {
        return new SaveRetry(taken, 1, now.plus(initialDelay));
    }

    SaveRetry afterAnotherFailure(Instant now, Duration initialDelay, Duration maxDelay) {
        Duration delay = initialDelay.multipliedBy(1L << Math.min(failures, 16));
        return new SaveRetry(taken, failures + 1, now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }

    boolean isDue(Instant now) {
        return !now.isBefore(nextAttempt);
    }

    Duration waitFrom(Instant now) {
        Duration wait = Duration.between(now, nextAttempt);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
