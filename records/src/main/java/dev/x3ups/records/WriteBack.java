package dev.x3ups.records;

import java.time.Instant;
import java.util.List;

/**
 * What X3's write-back record (the {@code YSHIPTRK} class by default) held for an order when the X3 source read
 * it: the tracking numbers and the order digest the X3 sink wrote there. X3 keeps it for as long as it keeps the
 * order, so it still says "this order was shipped, with this content" after the UPS sink retired the order from
 * its ledger.
 *
 * @param trackingNumbers tracking numbers X3 holds for the order, never null
 * @param orderDigest     digest of the content the shipment was made for, as the X3 sink wrote it; null when X3
 *                        holds none (written by a version that did not write it, or the field is not mapped)
 * @param revision        when X3 last changed the write-back record (its UPDDATTIM), null when unknown
 */
public record WriteBack(List<String> trackingNumbers, String orderDigest, Instant revision) {

    public WriteBack {
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
        orderDigest = orderDigest == null || orderDigest.isBlank() ? null : orderDigest.strip();
    }

    /** True when X3 holds at least one tracking number for the order: it was shipped before. */
    public boolean shipped() {
        return !trackingNumbers.isEmpty();
    }
}
