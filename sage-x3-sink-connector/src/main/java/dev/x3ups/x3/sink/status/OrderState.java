package dev.x3ups.x3.sink.status;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One order's tracking as the sink knows it: the written fields plus what is needed to merge later
 * events without regressing — the UPS type of the current status and the event time of the
 * scheduled delivery date. Only {@link #tracking()} is written to X3.
 *
 * @param ledgerNote    the exception flag, code and reason say what the UPS sink reported (a failure, a
 *                      void, a problem after the label), not a carrier exception: carrier events leave them
 * @param voidedNumbers tracking numbers of this order's voided shipments seen since start: their events
 *                      are no longer the order's (kept in memory only; see {@link StatusMerge})
 */
public record OrderState(OrderTracking tracking, String upsType, Instant scheduledAsOf, boolean ledgerNote,
                         Set<String> voidedNumbers) {

    public static final OrderState EMPTY = new OrderState(OrderTracking.EMPTY, null, null);

    public OrderState {
        Objects.requireNonNull(tracking, "tracking");
        voidedNumbers = voidedNumbers == null ? Set.of() : Set.copyOf(voidedNumbers);
    }

    /** A state whose flag, if any, is the carrier's, with no voided shipment known. */
    public OrderState(OrderTracking tracking, String upsType, Instant scheduledAsOf) {
        this(tracking, upsType, scheduledAsOf, false, Set.of());
    }
}
