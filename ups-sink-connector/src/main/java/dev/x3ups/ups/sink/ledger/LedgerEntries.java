package dev.x3ups.ups.sink.ledger;

import dev.x3ups.records.Money;
import dev.x3ups.records.Order;
import dev.x3ups.records.ShipmentLedgerEntry;
import dev.x3ups.records.ShipmentState;
import dev.x3ups.records.SubscriptionState;
import dev.x3ups.ups.client.ship.ParcelPackage;
import dev.x3ups.ups.client.ship.Weight;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Builds the ledger entries of the shipping protocol's transitions, stamped with the clock's time. A CREATED entry
 * also says what its site's pickup needs (docs/architecture.md, "Pickups"): the site, the site-local business day
 * whose pickup collects it, the destination country and each package's weight.
 */
public final class LedgerEntries {
    private static final BigDecimal LB_IN_KG = new BigDecimal("0.45359237");
    private final Clock clock;
    private final PickupDays pickupDays;

    public LedgerEntries(Clock clock) {
        this(clock, site -> null);
    }

    public LedgerEntries(Clock clock, PickupDays pickupDays) {
        this.clock = clock;
        this.pickupDays = pickupDays;
    }

    /** The business day whose pickup collects a shipment of {@code site} created now; null if unknown. */
    @FunctionalInterface
    public interface PickupDays {
        LocalDate forShipmentNow(String site);
    }

    /** The entry written before an order's first ship call: one attempt (0 would mean "not counted"). */
    public ShipmentLedgerEntry pending(Order order, String digest, String reference, String serviceCode) {
        return forOrder(order, ShipmentState.PENDING, digest, reference).serviceCode(serviceCode).shipAttempts(1)
                .build();
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
        return created(order, digest, reference, shipmentId, trackingNumbers, serviceCode, billed, negotiated, notes,
                List.of());
    }

    /** As above, with the packages as shipped (their weights go to the site's pickup; empty when unknown). */
    public ShipmentLedgerEntry created(Order order, String digest, String reference, String shipmentId,
                                       List<String> trackingNumbers, String serviceCode, Money billed,
                                       Money negotiated, String notes, List<ParcelPackage> packages) {
        Instant now = clock.instant();
        return forOrder(order, ShipmentState.CREATED, digest, reference).shipmentId(shipmentId)
                .trackingNumbers(trackingNumbers).serviceCode(serviceCode).billedCharges(billed)
                .negotiatedCharges(negotiated).notes(notes).updatedAt(now).site(order.site())
                .pickupDate(order.site() == null ? null : pickupDays.forShipmentNow(order.site()))
                .destinationCountry(order.shipTo() == null ? null : order.shipTo().countryCode())
                .packageWeightsKg(packages.stream().map(p -> kilograms(p.weight())).toList()).build();
    }

    /** A package weight in kilograms (UPS weighs in LBS or KGS). */
    static BigDecimal kilograms(Weight weight) {
        BigDecimal value = weight.value();
        return switch (weight.unit()) {
            case KGS -> value;
            case LBS -> value.multiply(LB_IN_KG).setScale(2, RoundingMode.HALF_UP);
            case OZS -> value.multiply(LB_IN_KG).divide(BigDecimal.valueOf(16), 3, RoundingMode.HALF_UP);
        };
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
