package dev.x3ups.x3.sink.status;

import java.time.Instant;
import java.util.Objects;

/**
 * One order's tracking as the sink knows it: the written fields plus what is needed to merge later
 * events without regressing — the UPS type of the current status and the event time of the
 * scheduled delivery date. Only {@link #tracking()} is written to X3.
 */
public record OrderState(OrderTracking tracking, String upsType, Instant scheduledAsOf) {

    public static final OrderState EMPTY = new OrderState(OrderTracking.EMPTY, null, null);

    public OrderState {
        Objects.requireNonNull(tracking, "tracking");
    }
}
