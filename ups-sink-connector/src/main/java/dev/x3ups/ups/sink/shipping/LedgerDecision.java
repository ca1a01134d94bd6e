package dev.x3ups.ups.sink.shipping;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.ups.sink.aftership.AfterShipment;
import java.util.Optional;

/** What the ledger says to do with an order arriving with a given content digest (docs/architecture.md, "Protocols"). */
public enum LedgerDecision {
    /** Never shipped, or failed/voided/held for an earlier content, or cancelled and now reinstated: plan and ship. */
    SHIP,
    /** Already final for this content (CREATED, FAILED or VOIDED): X3 write-back re-emits orders; do nothing. */
    SKIP,
    /** Shipped, and the order's shipping content changed since: report, or re-ship before pickup (site policy). */
    CHANGED_AFTER_SHIPPING,
    /** A ship call may have been sent without its outcome being recorded: find the shipment by reference. */
    RECONCILE,
    /** A re-ship was under way (old shipment being voided) when the task stopped: finish it. */
    FINISH_RESHIP,
    /** Cancelled in X3 with something in the ledger that is not voided yet: void or flag it. */
    CANCEL;

    public static LedgerDecision decide(Optional<ShipmentLedgerEntry> entry, String digest) {
        return decide(entry, digest, false);
    }

    public static LedgerDecision decide(Optional<ShipmentLedgerEntry> entry, String digest, boolean cancelled) {
        if (entry.isEmpty()) {
            return cancelled ? SKIP : SHIP; // cancelled before anything was shipped: nothing to record
        }
        ShipmentLedgerEntry e = entry.get();
        if (cancelled) {
            return e.state() == ShipmentState.VOIDED ? SKIP : CANCEL;
        }
        if (e.state() == ShipmentState.VOIDED && AfterShipment.CANCELLED.equals(e.failureCode())) {
            return SHIP; // the cancellation was withdrawn in X3
        }
        if (AfterShipment.isReshipIntent(e)) {
            return FINISH_RESHIP;
        }
        boolean sameContent = digest.equals(e.orderDigest());
        return switch (e.state()) {
            case PENDING -> RECONCILE;
            case CREATED -> sameContent ? SKIP : CHANGED_AFTER_SHIPPING;
            case FAILED, VOIDED, HELD -> sameContent ? SKIP : SHIP;
        };
    }
}
