package dev.x3ups.labels.printer.spool;

import java.time.Duration;

/** Wait before the next attempt at a printer after {@code failures} failures in a row: doubling, capped. */
record Backoff(Duration initial, Duration max) {

    long millis(int failures) {
        if (failures <= 0) {
            return 0;
        }
        int doublings = Math.min(failures - 1, 30);
        long delay = initial.toMillis() << doublings;
        return delay <= 0 || delay > max.toMillis() ? max.toMillis() : delay;
    }
}
