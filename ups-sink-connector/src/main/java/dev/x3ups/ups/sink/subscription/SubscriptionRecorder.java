package dev.x3ups.ups.sink.subscription;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.sink.ledger.LedgerEntries;
import dev.x3ups.ups.sink.ledger.ShipmentLedger;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Writes an order's subscription state and expiry into its ledger entry (only while the shipment is CREATED). */
public final class SubscriptionRecorder {
    private final ShipmentLedger ledger;
    private final LedgerEntries entries;

    public SubscriptionRecorder(ShipmentLedger ledger, LedgerEntries entries) {
        this.ledger = ledger;
        this.entries = entries;
    }

    public CompletableFuture<ShipmentLedgerEntry> record(String orderKey, SubscriptionState state, Instant expiry) {
        return record(orderKey, null, state, expiry);
    }

    /**
     * As above, only while the entry still holds {@code trackingNumber} (null: any): the answer for a shipment
     * voided and replaced meanwhile (a re-ship) must not mark the new shipment subscribed.
     */
    public CompletableFuture<ShipmentLedgerEntry> record(String orderKey, String trackingNumber,
                                                         SubscriptionState state, Instant expiry) {
        return ledger.update(orderKey, current -> current
                .filter(e -> e.state() == ShipmentState.CREATED)
                .filter(e -> trackingNumber == null || e.trackingNumbers().contains(trackingNumber))
                .map(e -> entries.subscribed(e, state, expiry)));
    }
}
