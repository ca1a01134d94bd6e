package dev.x3ups.ups.tracking.ledger;

import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.time.Instant;

/** What the tracking source needs of a ledger entry, per tracking number. */
public record LedgerShipment(String trackingNumber, String orderKey, String reference, ShipmentState state,
                             SubscriptionState subscription, Instant updatedAt) {

    /** Created and not voided: UPS still moves it, so reconciliation watches it. */
    public boolean live() {
        return state == ShipmentState.CREATED;
    }

    public boolean trackAlertUnavailable() {
        return subscription == SubscriptionState.UNAVAILABLE;
    }
}
