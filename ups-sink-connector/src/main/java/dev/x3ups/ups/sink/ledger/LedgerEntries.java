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
        return forOrder(order, ShipmentState.PENDING, digest, reference).serviceCode(serviceCode).build();
    }

    public ShipmentLedgerEntry created(Order order, String digest, String reference, String shipmentId,
                                       List<String> trackingNumbers, String serviceCode, Money billed,
                                       Money negotiated) {
        return created(order, digest, reference, shipmentId, trackingNumbers, serviceCode, billed, negotiated, null);
    }

    /** As above, with the configured defaults the plan used because X3 held nothing ({@code notes}, may be null). */
    public ShipmentLedgerEntry created(Order order, String digest, String reference, String shipmentId,
                                       List<String> trackingNumbers, String serviceCode, Money billed,
                                       Money negotiated, String notes) {
        return forOrder(order, ShipmentState.CREATED, digest, reference).shipmentId(shipmentId)
                .trackingNumbers(trackingNumbers).serviceCode(serviceCode).billedCharges(billed)
                .negotiatedCharges(negotiated).notes(notes).build();
    }

    public ShipmentLedgerEntry failed(Order order, String digest, String reference, String code, String message) {
        return forOrder(order, ShipmentState.FAILED, digest, reference).failureCode(code).failureMessage(message)
                .build();
    }

    /** Not shipped until the order is corrected in X3: its address check found it ambiguous or unknown. */
    public ShipmentLedgerEntry held(Order order, String digest, String reference, String code, String message) {
        return forOrder(order, ShipmentState.HELD, digest, reference).failureCode(code).failureMessage(message)
                .build();
    }

    public ShipmentLedgerEntry subscribed(ShipmentLedgerEntry e, SubscriptionState state, Instant expiry) {
        return e.toBuilder().subscriptionState(state)
                .subscriptionExpiry(state == SubscriptionState.ACTIVE ? expiry : null)
                .updatedAt(clock.instant()).build();
    }

    private ShipmentLedgerEntry.Builder forOrder(Order order, ShipmentState state, String digest, String reference) {
        return ShipmentLedgerEntry.builder().orderKey(order.key()).state(state).orderRevision(order.revision())
                .orderDigest(digest).reference(reference).subscriptionState(SubscriptionState.NONE)
                .updatedAt(clock.instant());
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
