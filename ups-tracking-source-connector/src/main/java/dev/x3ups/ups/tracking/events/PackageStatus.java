package dev.x3ups.ups.tracking.events;

import dev.x3ups.records.UpsStatus;
import java.time.Instant;

/**
 * Where a package stands: the GMT time, type and code of the last event emitted for it, and the highest status
 * rank it reached (an exception after "out for delivery" does not lower it). A source offset per tracking
 * number holds this, so a restarted task neither re-emits nor regresses.
 */
public record PackageStatus(Instant activityTime, String statusType, String statusCode, int rank) {

    public boolean isFinal() {
        return rank >= UpsStatus.progress("D");
    }
}
