package dev.x3ups.records;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One order's entry in {@code ups.shipments}, the UPS sink's output and idempotency ledger.
 *
 * @param orderKey          the order's business key (also the record key)
 * @param state             ledger state
 * @param orderRevision     revision of the order this entry was made for
 * @param orderDigest       digest of the order's shipping-relevant content at that revision: X3
 *                          write-back bumps the revision without changing the content, so "did the
 *                          order change?" is answered by the digest, not the revision
 * @param reference         the reference sent to UPS (Package.ReferenceNumber / CustomerContext)
 * @param shipmentId        UPS ShipmentIdentificationNumber, null until CREATED
 * @param trackingNumbers   one per package, empty until CREATED
 * @param serviceCode       UPS service code used, may be null
 * @param billedCharges     total charges UPS billed, may be null
 * @param negotiatedCharges negotiated charges, may be null
 * @param subscriptionState Track Alert subscription state
 * @param subscriptionExpiry when the subscription lapses, null unless ACTIVE
 * @param failureCode       UPS (or mapping) error code for FAILED, else null
 * @param failureMessage    human-readable reason for FAILED, else null
 * @param updatedAt         when this entry was written
 */
public record ShipmentLedgerEntry(
        String orderKey,
        ShipmentState state,
        Instant orderRevision,
        String orderDigest,
        String reference,
        String shipmentId,
        List<String> trackingNumbers,
        String serviceCode,
        Money billedCharges,
        Money negotiatedCharges,
        SubscriptionState subscriptionState,
        Instant subscriptionExpiry,
        String failureCode,
        String failureMessage,
        Instant updatedAt) {

    public ShipmentLedgerEntry {
        Objects.requireNonNull(orderKey, "orderKey");
        Objects.requireNonNull(state, "state");
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
        subscriptionState = subscriptionState == null ? SubscriptionState.NONE : subscriptionState;
    }
}
