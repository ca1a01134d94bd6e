package dev.x3ups.quickstart.runtime;

import java.util.Map;

/**
 * The quickstart's UPS clock runs many times faster than real time, so a tracking setting measured in
 * UPS time must shrink with it: "no event for 6 hours" is seconds of real time here. Without this the
 * tracking source would reconcile a dropped webhook only after hours, long after a demo run ended.
 */
final class TimeCompression {

    static final String STALE_AFTER = "reconcile.stale.after.ms";
    static final long MIN_STALE_AFTER_MS = 5_000;

    private TimeCompression() {
    }

    /** Divides {@code reconcile.stale.after.ms} by the clock speed, never below five seconds. */
    static void scaleStaleAfter(Map<String, String> config, double clockSpeed) {
        String value = config.get(STALE_AFTER);
        if (value == null || clockSpeed <= 1) {
            return;
        }
        try {
            long scaled = Math.max(MIN_STALE_AFTER_MS, Math.round(Long.parseLong(value.trim()) / clockSpeed));
            config.put(STALE_AFTER, String.valueOf(scaled));
        } catch (NumberFormatException e) {
            // left as written: the connector's own validation reports a malformed value
        }
    }
}
