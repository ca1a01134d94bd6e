package dev.x3ups.ups.sink.shipping;

import dev.x3ups.records.ShipmentLedgerEntry;
import java.util.Optional;

/** What the ledger says to do with an order arriving with a given content digest (docs/architecture.md, "Protocols"). */
public enum LedgerDecision {
    /** Never shipped, or failed/voided/held for an earlier content: plan and ship. */
    SHIP,
    /** Already final for this content (CREATED, FAILED or VOIDED): X3 write-back re-emits orders; do nothing. */
    SKIP,
    /** Shipped, and the order's shipping content changed since: report, never re-ship. */
    CHANGED_AFTER_SHIPPING,
    /** A ship call may have been sent without its outcome being recorded: find the shipment by reference. */
    RECONCILE;

    public static LedgerDecision decide(Optional<ShipmentLedgerEntry> entry, String digest) {
        if (entry.isEmpty()) {
            return SHIP;
        }
        ShipmentLedgerEntry e = entry.get();
        boolean sameContent = digest.equals(e.orderDigest());
        return switch (e.state()) {
            case PENDING -> RECONCILE;
            case CREATED -> sameContent ? SKIP : CHANGED_AFTER_SHIPPING;
            case FAILED, VOIDED, HELD -> sameContent ? SKIP : SHIP;
        };
    }
}
