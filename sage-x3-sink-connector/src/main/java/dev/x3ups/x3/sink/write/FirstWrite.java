package dev.x3ups.x3.sink.write;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.x3.sink.intake.OrderUpdate;
import java.util.List;

/**
 * How to write an order this task knows nothing of (first time since start, or forgotten): create its
 * record blind, or read X3 first. A blind create is one call when X3 has no record and three (create
 * refused, read, edit) when it has one, against two for read-first; so it pays only when a record is
 * unlikely. The first write of a new order comes from its ledger (PENDING, then CREATED, FAILED or HELD):
 * blind create, even with the shipment's first scans in the same batch. Tracking events or pickups alone,
 * voids, re-ships and flags on a shipment follow an earlier write of the order (before a restart,
 * typically): read first. See docs/architecture.md, "X3 write-back economy".
 */
final class FirstWrite {

    private FirstWrite() {
    }

    /**
     * Whether the updates look like the first ever written for their order: a ledger entry that starts a record
     * (or only ledger entries, e.g. a PENDING intent that writes nothing), and no entry about an earlier shipment.
     */
    static boolean likelyNewRecord(List<OrderUpdate> updates) {
        boolean starts = true;
        for (OrderUpdate update : updates) {
            if (update instanceof OrderUpdate.Ledger ledger) {
                if (followsUp(ledger.entry())) {
                    return false;
                }
            } else {
                starts = false;
            }
        }
        return starts || updates.stream().anyMatch(u -> u instanceof OrderUpdate.Ledger l
                && l.entry().state() != ShipmentState.PENDING);
    }

    /**
     * An entry about a shipment the order already had: a void, a re-ship (or its intent), a flag on a label, a
     * failure naming tracking numbers (an order changed after its shipment left the ledger).
     */
    private static boolean followsUp(ShipmentLedgerEntry entry) {
        return switch (entry.state()) {
            case VOIDED -> true;
            case CREATED -> entry.failureCode() != null || !entry.voidedShipmentIds().isEmpty();
            case PENDING -> !entry.voidedShipmentIds().isEmpty();
            case FAILED, HELD -> !entry.trackingNumbers().isEmpty();
        };
    }
}
