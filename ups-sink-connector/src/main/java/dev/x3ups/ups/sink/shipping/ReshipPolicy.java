package dev.x3ups.ups.sink.shipping;

import java.time.Duration;
import java.time.Instant;

/**
 * How often and how soon an order whose ship answers are lost may be shipped again (docs/architecture.md,
 * "Economical reconciliation"). Attempts count the ship calls sent for the order's current content: the first
 * call is attempt 1, so at most {@code maxReships + 1} calls are ever sent. Before the look-ups that follow
 * attempt {@code n} the order waits {@code firstBackoff × 2^(n-1)}, capped at {@code maxBackoff}; the same cap
 * paces the look-ups of an order that used up its re-ships.
 */
public record ReshipPolicy(int maxReships, Duration firstBackoff, Duration maxBackoff) {

    public ReshipPolicy {
        if (maxReships < 0) {
            throw new IllegalArgumentException("maxReships must not be negative: " + maxReships);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff " + firstBackoff + " capped at " + maxBackoff);
        }
    }

    /** Whether, after {@code attempts} ship calls without a shipment to show for them, one more may be sent. */
    public boolean mayReship(int attempts) {
        return attempts - 1 < maxReships;
    }

    /** The wait before looking up (and perhaps re-shipping) an order that had {@code attempts} ship calls. */
    public Duration backoffAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts, 31) - 1);
        Duration wait = firstBackoff;
        for (int i = 0; i < doublings && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * What is left of that wait at {@code now} when the last ship call was recorded at {@code lastCall} (null:
     * unknown, the whole wait): an order found PENDING after a restart does not wait twice.
     */
    public Duration remainingAfter(int attempts, Instant lastCall, Instant now) {
        Duration wait = backoffAfter(attempts);
        if (lastCall == null) {
            return wait;
        }
        Duration left = wait.minus(Duration.between(lastCall, now));
        return left.isNegative() ? Duration.ZERO : left.compareTo(wait) > 0 ? wait : left;
    }
}
