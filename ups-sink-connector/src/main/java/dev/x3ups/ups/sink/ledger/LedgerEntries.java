package dev.x3ups.ups.sink.ledger;

import dev.x3ups.records.Money;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Builds the ledger entries of the shipping protocol's transitions, stamped with the clock's time. */
public final class LedgerEntries {
    private final Clock clock;

    public LedgerEntries(Clock clock) {
        this.clock = clock;
    }

    public ShipmentLedgerEntry pending(Order order, String digest, String reference, String serviceCode) {
        return new ShipmentLedgerEntry(order.key(), ShipmentState.PENDING, order.revision(), digest, reference, null,
                List.of(), serviceCode, null, null, SubscriptionState.NONE, null, null, null, clock.instant());
    }

    public ShipmentLedgerEntry created(Order order, String digest, String reference, String shipmentId,
                                       List<String> trackingNumbers, String serviceCode, Money billed,
                                       Money negotiated) {
        return new ShipmentLedgerEntry(order.key(), ShipmentState.CREATED, order.revision(), digest, reference,
                shipmentId, trackingNumbers, serviceCode, billed, negotiated, SubscriptionState.NONE, null, null, null,
                clock.instant());
    }

    public ShipmentLedgerEntry failed(Order order, String digest, String reference, String code, String message) {
        return new ShipmentLedgerEntry(order.key(), ShipmentState.FAILED, order.revision(), digest, reference, null,
                List.of(), null, null, null, SubscriptionState.NONE, null, code, message, clock.instant());
    }

    public ShipmentLedgerEntry subscribed(ShipmentLedgerEntry e, SubscriptionState state, Instant expiry) {
        return new ShipmentLedgerEntry(e.orderKey(), e.state(), e.orderRevision(), e.orderDigest(), e.reference(),
                e.shipmentId(), e.trackingNumbers(), e.serviceCode(), e.billedCharges(), e.negotiatedCharges(), state,
                state == SubscriptionState.ACTIVE ? expiry : null, e.failureCode(), e.failureMessage(), clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }

    /** UPS amounts (ups-client) as ledger amounts (records). */
    public static Money money(dev.x3ups.ups.client.ship.Money money) {
        return money == null || money.amount() == null || money.currency() == null ? null
                : new Money(money.amount(), money.currency());
    }
}
