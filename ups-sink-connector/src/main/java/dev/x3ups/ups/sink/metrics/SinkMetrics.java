package dev.x3ups.ups.sink.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/** Counters of one UPS sink task; published by {@link MetricsBinding}. */
public final class SinkMetrics {
    private final LongAdder shipped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder reconciled = new LongAdder();
    private final LongAdder ambiguous = new LongAdder();
    private final LongAdder voidedDuplicates = new LongAdder();
    private final LongAdder labelDocuments = new LongAdder();
    private final LongAdder changedAfterShipping = new LongAdder();
    private final LongAdder retiredOrdersSeen = new LongAdder();
    private final LongAdder retiredOrdersChanged = new LongAdder();
    private final LongAdder deliveriesRecorded = new LongAdder();
    private final LongAdder subscriptionCalls = new LongAdder();
    private final LongAdder subscriptionRenewals = new LongAdder();
    private final AtomicLong inFlight = new AtomicLong();
    private final Map<String, LongAdder> voidedByReason = new ConcurrentHashMap<>();
    private final LongAdder changedOrdersReshipped = new LongAdder();
    private final LongAdder cancelAfterPickup = new LongAdder();
    private final LongAdder sweeps = new LongAdder();
    private final LongAdder swept = new LongAdder();
    private final LongAdder shipCalls = new LongAdder();
    private final LongAdder reships = new LongAdder();
    private final AtomicLong stuckOrders = new AtomicLong();
    private final LongAdder lateTwinsVoided = new LongAdder();
    private final LongAdder auditLookups = new LongAdder();
    private final LongAdder shipNanos = new LongAdder();
    private final AtomicLong shipNanosMax = new AtomicLong();
    private final LongAdder addressChecks = new LongAdder();
    private final LongAdder addressCacheHits = new LongAdder();
    private final LongAdder held = new LongAdder();
    private final LongAdder classificationChanges = new LongAdder();
    private final LongAdder pickupsBooked = new LongAdder();
    private final LongAdder pickupsFailed = new LongAdder();
    private final LongAdder pickupsReconciled = new LongAdder();
    private final LongAdder pickupsCancelled = new LongAdder();
    private volatile LongSupplier ledgerEntries = () -> 0;
    private final AtomicLong ledgerCatchUpMillis = new AtomicLong();
    private final LongAdder ordersRetired = new LongAdder();

    public void shipped() {
        shipped.increment();
    }

    public void failed() {
        failed.increment();
    }

    public void skipped() {
        skipped.increment();
    }

    public void reconciled() {
        reconciled.increment();
    }

    public void ambiguous() {
        ambiguous.increment();
    }

    public void voidedDuplicate() {
        voidedDuplicates.increment();
    }

    /** {@code count} documents (labels, forms, voids) were written to the labels topic. */
    public void labelDocumentsWritten(int count) {
        labelDocuments.add(count);
    }

    public void changedAfterShipping() {
        changedAfterShipping.increment();
    }

    /** An order without a ledger entry arrived unchanged with X3's evidence of its shipment: not shipped again. */
    public void retiredOrderSeen() {
        retiredOrdersSeen.increment();
    }

    /** An order without a ledger entry arrived changed since the shipment X3 holds: recorded FAILED, not shipped. */
    public void retiredOrderChanged() {
        retiredOrdersChanged.increment();
    }

    /** The delivery watch recorded a shipment's delivery (or return) in its ledger entry. */
    public void deliveryRecorded() {
        deliveriesRecorded.increment();
    }

    public long retiredOrdersSeenTotal() {
        return retiredOrdersSeen.sum();
    }

    public long retiredOrdersChangedTotal() {
        return retiredOrdersChanged.sum();
    }

    public long deliveriesRecordedTotal() {
        return deliveriesRecorded.sum();
    }

    public void subscriptionCall() {
        subscriptionCalls.increment();
    }

    public void subscriptionRenewed(int count) {
        subscriptionRenewals.add(count);
    }

    /** A shipment voided after its label: {@code reason} CANCELLED, RESHIP or UNUSED_LABEL. */
    public void voided(String reason) {
        voidedByReason.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    /** An order changed after shipping was shipped again before pickup (RESHIP_BEFORE_PICKUP). */
    public void changedOrderReshipped() {
        changedOrdersReshipped.increment();
    }

    public void cancelAfterPickup() {
        cancelAfterPickup.increment();
    }

    /** One unused-label sweep ended having voided {@code count} shipments. */
    public void swept(int count) {
        sweeps.increment();
        swept.add(count);
    }

    public void orderStarted() {
        inFlight.incrementAndGet();
    }

    public void orderFinished() {
        inFlight.decrementAndGet();
    }

    /** An order was shipped again after reconciliation found nothing. */
    public void reshipped() {
        reships.increment();
    }

    /** An order used up its re-ships and waits, PENDING, for UPS to show its shipment or for an operator. */
    public void orderStuck() {
        stuckOrders.incrementAndGet();
    }

    /** A stuck order was resolved (its shipment found) or its task stopped watching it. */
    public void orderUnstuck() {
        stuckOrders.decrementAndGet();
    }

    /** The late duplicate audit voided a twin of a reconciled order. */
    public void lateTwinVoided() {
        lateTwinsVoided.increment();
    }

    /** The late duplicate audit looked one order up again. */
    public void auditLookup() {
        auditLookups.increment();
    }

    public long reshipsTotal() {
        return reships.sum();
    }

    public long stuckOrders() {
        return stuckOrders.get();
    }

    public long lateTwinsVoidedTotal() {
        return lateTwinsVoided.sum();
    }

    public long auditLookupsTotal() {
        return auditLookups.sum();
    }

    /** One ship call took {@code nanos}, retries included. */
    public void shipLatency(long nanos) {
        shipCalls.increment();
        shipNanos.add(nanos);
        shipNanosMax.accumulateAndGet(nanos, Math::max);
    }

    /** One Address Validation call made. */
    public void addressCheck() {
        addressChecks.increment();
    }

    /** One ship-to answered from the address cache (or a call already in flight for it). */
    public void addressCacheHit() {
        addressCacheHits.increment();
    }

    /** One order held for its address. */
    public void held() {
        held.increment();
    }

    /** UPS's residential classification differed from X3's flag. */
    public void classificationChanged() {
        classificationChanges.increment();
    }

    public long addressChecksTotal() {
        return addressChecks.sum();
    }

    public long addressCacheHitsTotal() {
        return addressCacheHits.sum();
    }

    public long heldTotal() {
        return held.sum();
    }

    public long classificationChangesTotal() {
        return classificationChanges.sum();
    }

    /** A site's day was booked (on-call) or triggered (Smart) with UPS. */
    public void pickupBooked() {
        pickupsBooked.increment();
    }

    public void pickupFailed() {
        pickupsFailed.increment();
    }

    /** A PENDING pickup was found booked at UPS (or re-triggered) instead of being booked a second time. */
    public void pickupReconciled() {
        pickupsReconciled.increment();
    }

    public void pickupCancelled() {
        pickupsCancelled.increment();
    }

    public long pickupsBookedTotal() {
        return pickupsBooked.sum();
    }

    public long pickupsFailedTotal() {
        return pickupsFailed.sum();
    }

    public long pickupsReconciledTotal() {
        return pickupsReconciled.sum();
    }

    public long pickupsCancelledTotal() {
        return pickupsCancelled.sum();
    }

    public long shippedTotal() {
        return shipped.sum();
    }

    public long failedTotal() {
        return failed.sum();
    }

    public long skippedTotal() {
        return skipped.sum();
    }

    public long reconciledTotal() {
        return reconciled.sum();
    }

    public long ambiguousTotal() {
        return ambiguous.sum();
    }

    public long voidedDuplicatesTotal() {
        return voidedDuplicates.sum();
    }

    public long labelDocumentsTotal() {
        return labelDocuments.sum();
    }

    public long changedAfterShippingTotal() {
        return changedAfterShipping.sum();
    }

    public long subscriptionCallsTotal() {
        return subscriptionCalls.sum();
    }

    public long subscriptionRenewalsTotal() {
        return subscriptionRenewals.sum();
    }

    public long voidedTotal(String reason) {
        LongAdder count = voidedByReason.get(reason);
        return count == null ? 0 : count.sum();
    }

    public long changedOrdersReshippedTotal() {
        return changedOrdersReshipped.sum();
    }

    public long cancelAfterPickupTotal() {
        return cancelAfterPickup.sum();
    }

    public long sweepsTotal() {
        return sweeps.sum();
    }

    public long sweptTotal() {
        return swept.sum();
    }

    public long inFlight() {
        return inFlight.get();
    }

    public double shipLatencyAvgMillis() {
        long calls = shipCalls.sum();
        return calls == 0 ? 0 : shipNanos.sum() / 1e6 / calls;
    }

    public double shipLatencyMaxMillis() {
        return shipNanosMax.get() / 1e6;
    }

    /** Where the number of ledger entries this task holds is read from (its ledger, once opened). */
    public void ledgerEntriesFrom(LongSupplier entries) {
        this.ledgerEntries = entries;
    }

    public long ledgerEntries() {
        return ledgerEntries.getAsLong();
    }

    /** The last full ledger catch-up (the one at start) took {@code millis}. */
    public void ledgerCaughtUp(long millis) {
        ledgerCatchUpMillis.set(millis);
    }

    public long ledgerCatchUpMillis() {
        return ledgerCatchUpMillis.get();
    }

    /** {@code count} orders were retired from the ledger (tombstoned, dropped from memory). */
    public void ordersRetired(int count) {
        ordersRetired.add(count);
    }

    public long ordersRetiredTotal() {
        return ordersRetired.sum();
    }
}
