package dev.x3ups.quickstart.summary;

import dev.x3ups.quickstart.pipeline.LedgerEntry;

/**
 * Decides an order's outcome from X3's write-back, the shipment ledger and UPS. An exception flag alone
 * is not final (60 % of UPS exceptions recover and are delivered), so a flag counts only once UPS
 * refused the shipment or every parcel's journey has ended in a return.
 */
public final class OutcomeClassifier {

    private final UpsView ups;

    public OutcomeClassifier(UpsView ups) {
        this.ups = ups;
    }

    public OrderOutcome classify(LedgerEntry ledger, WriteBack writeBack) {
        if (writeBack == null) {
            return OrderOutcome.OPEN;
        }
        if (writeBack.delivered()) {
            return OrderOutcome.DELIVERED;
        }
        if (!writeBack.flaggedWithReason() || ledger == null) {
            return OrderOutcome.OPEN;
        }
        if (ledger.failed()) {
            return OrderOutcome.FLAGGED;
        }
        if (ledger.held()) {
            return OrderOutcome.HELD;
        }
        if (ledger.created() && ups.journey(ledger.trackingNumbers()) == UpsView.Journey.RETURNED) {
            return OrderOutcome.FLAGGED;
        }
        return OrderOutcome.OPEN;
    }
}
