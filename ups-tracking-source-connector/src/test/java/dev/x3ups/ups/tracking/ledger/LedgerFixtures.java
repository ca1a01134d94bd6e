package dev.x3ups.ups.tracking.ledger;

import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.time.Instant;
import java.util.List;

/** Ledger entries for tests. */
public final class LedgerFixtures {
    private LedgerFixtures() {
    }

    public static ShipmentLedgerEntry entry(String orderKey, ShipmentState state, SubscriptionState subscription,
                                            Instant updatedAt, String... trackingNumbers) {
        return new ShipmentLedgerEntry(orderKey, state, Instant.EPOCH, "digest", orderKey,
                trackingNumbers.length == 0 ? null : "SID-" + orderKey, List.of(trackingNumbers), "03", null, null,
                subscription, null, null, null, updatedAt);
    }
}
