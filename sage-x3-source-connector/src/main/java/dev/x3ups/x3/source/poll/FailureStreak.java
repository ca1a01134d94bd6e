package dev.x3ups.x3.source.poll;

import dev.x3ups.client.Backoff;
import java.time.Duration;

/**
 * The failures in a row of one partition's X3 reads and the wait before the next attempt. The wait is
 * the backoff's exact ceiling, without the jitter the UPS client adds: each walker retries alone (no
 * crowd of concurrent requests to spread out), and {@code retry.backoff.ms} promises a plain doubling.
 */
final class FailureStreak {

    private final Backoff backoff;
    private int failures;

    FailureStreak(Duration initial, Duration max) {
        this.backoff = new Backoff(initial, max);
    }

    /** Records a failure and returns how long to wait before the next attempt. */
    Duration nextDelay() {
        failures++;
        return backoff.ceiling(failures);
    }

    void reset() {
        failures = 0;
    }

    int failures() {
        return failures;
    }
}
