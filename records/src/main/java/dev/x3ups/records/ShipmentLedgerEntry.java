package dev.x3ups.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
 * @param notes             what the UPS sink supplied that X3 did not hold (a configured default contact phone,
 *                          HS code or origin), so the shipment says where its data came from; null when nothing
 * @param voidedShipmentIds earlier UPS shipments of this order that were voided (a re-ship after a change, a twin
 *                          found by reconciliation or the late audit), oldest first; never null
 * @param reconciledAt      when this order's shipment went through reconciliation (an ambiguous answer or a
 *                          PENDING found on start), so the late duplicate audit knows to look again; else null
 * @param pickupDate        the site-local business day whose pickup collects this shipment, null when unknown
 * @param site              the X3 site (warehouse) the shipment leaves from or arrives at, null when unknown
 * @param destinationCountry ship-to country (ISO two letters) of the shipment, null when unknown
 * @param packageWeightsKg  each package's weight in kilograms, as shipped (what a pickup request declares);
 *                          empty when unknown, never null
 * @param shipAttempts      ship calls sent for this order's current content (counted on PENDING before each call
 *                          and carried onto the final entry), so re-ships stay bounded across restarts; 0 when
 *                          unknown (entries written before the count existed)
 * @param deliveredAt       when UPS reported the shipment final (delivered, or returned to the shipper); null while
 *                          it travels or when no such event was seen. Retirement counts the retention from it
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
        Instant updatedAt,
        String notes,
        List<String> voidedShipmentIds,
        Instant reconciledAt,
        LocalDate pickupDate,
        String site,
        String destinationCountry,
        List<BigDecimal> packageWeightsKg,
        int shipAttempts,
        Instant deliveredAt) {

    public ShipmentLedgerEntry {
        Objects.requireNonNull(orderKey, "orderKey");
        Objects.requireNonNull(state, "state");
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
        voidedShipmentIds = voidedShipmentIds == null ? List.of() : List.copyOf(voidedShipmentIds);
        subscriptionState = subscriptionState == null ? SubscriptionState.NONE : subscriptionState;
        packageWeightsKg = packageWeightsKg == null ? List.of() : List.copyOf(packageWeightsKg);
        shipAttempts = Math.max(0, shipAttempts);
    }

    /** An entry built field by field; {@code orderKey} and {@code state} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this entry's fields, to derive the next entry of the same order. */
    public Builder toBuilder() {
        return new Builder()
                .orderKey(orderKey)
                .state(state)
                .orderRevision(orderRevision)
                .orderDigest(orderDigest)
                .reference(reference)
                .shipmentId(shipmentId)
                .trackingNumbers(trackingNumbers)
                .serviceCode(serviceCode)
                .billedCharges(billedCharges)
                .negotiatedCharges(negotiatedCharges)
                .subscriptionState(subscriptionState)
                .subscriptionExpiry(subscriptionExpiry)
                .failureCode(failureCode)
                .failureMessage(failureMessage)
                .updatedAt(updatedAt)
                .notes(notes)
                .voidedShipmentIds(voidedShipmentIds)
                .reconciledAt(reconciledAt)
                .pickupDate(pickupDate)
                .site(site)
                .destinationCountry(destinationCountry)
                .packageWeightsKg(packageWeightsKg)
                .shipAttempts(shipAttempts)
                .deliveredAt(deliveredAt);
    }

    /** Fields by name instead of by position. */
    public static final class Builder {
        private String orderKey;
        private ShipmentState state;
        private Instant orderRevision;
        private String orderDigest;
        private String reference;
        private String shipmentId;
        private List<String> trackingNumbers;
        private String serviceCode;
        private Money billedCharges;
        private Money negotiatedCharges;
        private SubscriptionState subscriptionState;
        private Instant subscriptionExpiry;
        private String failureCode;
        private String failureMessage;
        private Instant updatedAt;
        private String notes;
        private List<String> voidedShipmentIds;
        private Instant reconciledAt;
        private LocalDate pickupDate;
        private String site;
        private String destinationCountry;
        private List<BigDecimal> packageWeightsKg;
        private int shipAttempts;
        private Instant deliveredAt;

        private Builder() {
        }

        public Builder orderKey(String orderKey) {
            this.orderKey = orderKey;
            return this;
        }

        public Builder state(ShipmentState state) {
            this.state = state;
            return this;
        }

        public Builder orderRevision(Instant orderRevision) {
            this.orderRevision = orderRevision;
            return this;
        }

        public Builder orderDigest(String orderDigest) {
            this.orderDigest = orderDigest;
            return this;
        }

        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public Builder shipmentId(String shipmentId) {
            this.shipmentId = shipmentId;
            return this;
        }

        public Builder trackingNumbers(List<String> trackingNumbers) {
            this.trackingNumbers = trackingNumbers;
            return this;
        }

        public Builder serviceCode(String serviceCode) {
            this.serviceCode = serviceCode;
            return this;
        }

        public Builder billedCharges(Money billedCharges) {
            this.billedCharges = billedCharges;
            return this;
        }

        public Builder negotiatedCharges(Money negotiatedCharges) {
            this.negotiatedCharges = negotiatedCharges;
            return this;
        }

        public Builder subscriptionState(SubscriptionState subscriptionState) {
            this.subscriptionState = subscriptionState;
            return this;
        }

        public Builder subscriptionExpiry(Instant subscriptionExpiry) {
            this.subscriptionExpiry = subscriptionExpiry;
            return this;
        }

        public Builder failureCode(String failureCode) {
            this.failureCode = failureCode;
            return this;
        }

        public Builder failureMessage(String failureMessage) {
            this.failureMessage = failureMessage;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        /** Tracking numbers, one per package. */
        public Builder trackingNumbers(String... trackingNumbers) {
            return trackingNumbers(List.of(trackingNumbers));
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder voidedShipmentIds(List<String> voidedShipmentIds) {
            this.voidedShipmentIds = voidedShipmentIds;
            return this;
        }

        public Builder reconciledAt(Instant reconciledAt) {
            this.reconciledAt = reconciledAt;
            return this;
        }

        public Builder pickupDate(LocalDate pickupDate) {
            this.pickupDate = pickupDate;
            return this;
        }

        public Builder site(String site) {
            this.site = site;
            return this;
        }

        public Builder destinationCountry(String destinationCountry) {
            this.destinationCountry = destinationCountry;
            return this;
        }

        public Builder packageWeightsKg(List<BigDecimal> packageWeightsKg) {
            this.packageWeightsKg = packageWeightsKg;
            return this;
        }

        public Builder shipAttempts(int shipAttempts) {
            this.shipAttempts = shipAttempts;
            return this;
        }

        public Builder deliveredAt(Instant deliveredAt) {
            this.deliveredAt = deliveredAt;
            return this;
        }

        public ShipmentLedgerEntry build() {
            return new ShipmentLedgerEntry(orderKey, state, orderRevision, orderDigest, reference, shipmentId,
                    trackingNumbers, serviceCode, billedCharges, negotiatedCharges, subscriptionState,
                    subscriptionExpiry, failureCode, failureMessage, updatedAt, notes, voidedShipmentIds, reconciledAt,
                    pickupDate, site, destinationCountry, packageWeightsKg, shipAttempts,
                    deliveredAt);
        }
    }
}
