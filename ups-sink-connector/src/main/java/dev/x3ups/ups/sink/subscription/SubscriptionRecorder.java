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
        return ledger.update(orderKey, current -> current
                .filter(e -> e.state() == ShipmentState.CREATED)
                .map(e -> entries.subscribed(e, state, expiry)));
    }
}
