package dev.x3ups.ups.tracking.ledger;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.time.Instant;

/** Ledger entries for tests. */
public final class LedgerFixtures {
    private LedgerFixtures() {
    }

    public static ShipmentLedgerEntry entry(String orderKey, ShipmentState state, SubscriptionState subscription,
                                            Instant updatedAt, String... trackingNumbers) {
        return ShipmentLedgerEntry.builder().orderKey(orderKey).state(state).orderRevision(Instant.EPOCH)
                .orderDigest("digest").reference(orderKey)
                .shipmentId(trackingNumbers.length == 0 ? null : "SID-" + orderKey).trackingNumbers(trackingNumbers)
                .serviceCode("03").subscriptionState(subscription).updatedAt(updatedAt).build();
    }
}
