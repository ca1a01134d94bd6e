package dev.x3ups.x3.source.poll;

import java.time.Duration;

/** Exponential, capped wait between retries of a failing X3 call. */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private int failures;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    /** Records a failure and returns how long to wait before the next attempt. */
    Duration nextDelay() {
        failures++;
        int doublings = Math.min(failures - 1, 30);
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }

    void reset() {
        failures = 0;
    }

    int failures() {
        return failures;
    }
}
