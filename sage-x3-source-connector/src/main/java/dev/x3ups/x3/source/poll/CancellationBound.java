package dev.x3ups.x3.source.poll;

import dev.x3ups.x3.source.offset.OrderOffset;
import java.time.Duration;
import java.time.Instant;

/**
 * From when on a partition announces orders X3 withdrew ({@code CANCELLED}): from where this run starts
 * reading, less the overlap window. Only an order seen before can have a shipment to void, and every order
 * seen was seen before the stored offset; so a restart neither misses a cancellation made while the task
 * was down nor, on a first start (no stored offset, the wall clock then stands in for X3's), re-announces
 * the folder's whole history of closed orders. See docs/architecture.md, "Orders cancelled in X3".
 */
final class CancellationBound {

    private CancellationBound() {
    }

    /**
     * @param start          the offset this run starts from
     * @param startTimestamp the configured start of a partition without a stored offset
     */
    static Instant of(OrderOffset start, Instant startTimestamp, Instant now, Duration overlap) {
        boolean fresh = start.equals(OrderOffset.before(startTimestamp));
        return (fresh && now.isAfter(startTimestamp) ? now : start.timestamp()).minus(overlap);
    }
}
