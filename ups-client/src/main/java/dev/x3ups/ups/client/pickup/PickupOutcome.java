package dev.x3ups.ups.client.pickup;

import dev.x3ups.ups.client.UpsError;
import java.util.List;

/**
 * What became of an on-call pickup request. Creating one is not idempotent (UPS charges each request), so, like a
 * shipment: {@link Booked} → record the PRN, {@link Rejected} → failed with UPS's reason, {@link Ambiguous} →
 * reconcile through pending status by our reference before booking again, {@link Unavailable} → try later.
 */
public sealed interface PickupOutcome {

    /** UPS booked the pickup: {@code prn} is the only handle to it; {@code rate} when rating was asked and available. */
    record Booked(String prn, PickupRate rate, List<UpsError> alerts) implements PickupOutcome {
        public Booked {
            alerts = List.copyOf(alerts);
        }
    }

    /** UPS refused the request; nothing was booked. */
    record Rejected(int httpStatus, String code, String message, List<UpsError> errors) implements PickupOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    /** Sent, but no usable answer: the pickup may exist. Never retried automatically. */
    record Ambiguous(String reason) implements PickupOutcome {
    }

    /** UPS did not process the request (rate limited, unavailable, no token) before the retry deadline. */
    record Unavailable(String reason, int httpStatus, String code) implements PickupOutcome {
    }
}
