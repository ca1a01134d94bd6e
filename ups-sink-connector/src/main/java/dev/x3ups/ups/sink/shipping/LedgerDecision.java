package dev.x3ups.ups.sink.shipping;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.WriteBack;
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
    CANCEL,
    /**
     * No ledger entry, but X3 holds tracking numbers for the order and the content they were shipped for (or no
     * digest): shipped before and retired from the ledger since (docs/architecture.md, "Retired orders coming
     * back"). Not shipped again, nothing written.
     */
    RETIRED,
    /**
     * Shipped before (X3's write-back record, or an earlier entry of this kind says so) and changed since its
     * shipment was retired: not shipped again; recorded FAILED {@link OrderShipper#RETIRED_CHANGED} so X3 flags it.
     */
    RETIRED_CHANGED;

    public static LedgerDecision decide(Optional<ShipmentLedgerEntry> entry, String digest) {
        return decide(entry, digest, false);
    }

    public static LedgerDecision decide(Optional<ShipmentLedgerEntry> entry, String digest, boolean cancelled) {
        return decide(entry, digest, cancelled, null);
    }

    /** @param writeBack what X3's write-back record held for the order; null: nothing, or not looked up */
    public static LedgerDecision decide(Optional<ShipmentLedgerEntry> entry, String digest, boolean cancelled,
                                        WriteBack writeBack) {
        if (entry.isEmpty()) {
            if (cancelled) {
                return SKIP; // cancelled before anything was shipped, or after its shipment retired: nothing to void
            }
            if (writeBack == null || !writeBack.shipped()) {
                return SHIP;
            }
            return writeBack.orderDigest() == null || digest.equals(writeBack.orderDigest()) ? RETIRED
                    : RETIRED_CHANGED;
        }
        ShipmentLedgerEntry e = entry.get();
        if (isRetiredChanged(e)) {
            // the shipment behind it is final and gone from the ledger: never shipped, voided or reshipped from here
            return cancelled || digest.equals(e.orderDigest()) ? SKIP : RETIRED_CHANGED;
        }
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

    /** The FAILED entry recorded for an order changed after its shipment was retired. */
    public static boolean isRetiredChanged(ShipmentLedgerEntry entry) {
        return entry.state() == ShipmentState.FAILED && OrderShipper.RETIRED_CHANGED.equals(entry.failureCode());
    }
}
