package dev.x3ups.ups.sink.metrics;

import dev.x3ups.connect.metrics.TaskMetrics;
import java.util.function.Supplier;

/**
 * Publishes the task's counters as task metrics: JMX {@code kafka.connect:type=plugins} tagged with
 * connector and task, on every supported worker (see {@link TaskMetrics}).
 */
public final class MetricsBinding {
    private MetricsBinding() {
    }

    /** {@code subscriptions} supplies [active, expiring]; {@code tokenRequests} the UPS token requests made. */
    public static void bind(SinkMetrics m, Supplier<long[]> subscriptions, Supplier<Long> tokenRequests,
                            TaskMetrics plugin) {
        plugin.gauge("shipments-created-total", "Orders shipped with UPS", m::shippedTotal);
        plugin.gauge("orders-failed-total", "Orders recorded FAILED", m::failedTotal);
        plugin.gauge("orders-skipped-total", "Orders the ledger already had a final state for", m::skippedTotal);
        plugin.gauge("orders-in-flight", "Orders being shipped now", m::inFlight);
        plugin.gauge("ship-latency-avg-ms", "Average ship call latency, retries included", m::shipLatencyAvgMillis);
        plugin.gauge("ship-latency-max-ms", "Longest ship call latency, retries included", m::shipLatencyMaxMillis);
        plugin.gauge("ship-ambiguous-total", "Ship calls without a usable answer", m::ambiguousTotal);
        plugin.gauge("shipments-reconciled-total", "Shipments found again by reference", m::reconciledTotal);
        plugin.gauge("duplicates-voided-total", "Duplicate shipments voided", m::voidedDuplicatesTotal);
        plugin.gauge("reships-total", "Orders shipped again after reconciliation found nothing", m::reshipsTotal);
        plugin.gauge("orders-stuck", "Orders PENDING after their last allowed re-ship (see the task log)",
                m::stuckOrders);
        plugin.gauge("late-twins-voided-total", "Twins found and voided by the late duplicate audit",
                m::lateTwinsVoidedTotal);
        plugin.gauge("audit-lookups-total", "Reference look-ups made by the late duplicate audit",
                m::auditLookupsTotal);
        plugin.gauge("label-documents-written-total",
                "Label documents (and their voids) written to the labels topic", m::labelDocumentsTotal);
        plugin.gauge("orders-changed-after-shipping-total", "Orders changed after they shipped",
                m::changedAfterShippingTotal);
        plugin.gauge("retired-orders-seen-total", "Orders X3 shows shipped whose ledger entry was retired, arriving "
                + "unchanged: not shipped again", m::retiredOrdersSeenTotal);
        plugin.gauge("retired-orders-changed-total", "Orders changed in X3 after their shipment was retired from the "
                + "ledger: recorded FAILED RETIRED_CHANGED, not shipped again", m::retiredOrdersChangedTotal);
        plugin.gauge("deliveries-recorded-total", "Shipments the delivery watch recorded delivered or returned",
                m::deliveriesRecordedTotal);
        plugin.gauge("address-checks-total", "UPS Address Validation calls", m::addressChecksTotal);
        plugin.gauge("address-cache-hits-total", "Ship-to addresses answered from the address cache",
                m::addressCacheHitsTotal);
        plugin.gauge("orders-held-total", "Orders held for an ambiguous or unknown address", m::heldTotal);
        plugin.gauge("address-classification-changes-total",
                "Ship-tos whose UPS residential classification differed from X3's flag", m::classificationChangesTotal);
        plugin.gauge("shipments-voided-cancelled-total", "Shipments voided because the order was cancelled in X3",
                () -> m.voidedTotal("CANCELLED"));
        plugin.gauge("shipments-voided-reship-total", "Shipments voided to ship an order's changed content",
                () -> m.voidedTotal("RESHIP"));
        plugin.gauge("shipments-voided-unused-total", "Unused labels voided by the sweep",
                () -> m.voidedTotal("UNUSED_LABEL"));
        plugin.gauge("changed-orders-reshipped-total", "Changed orders shipped again before pickup",
                m::changedOrdersReshippedTotal);
        plugin.gauge("orders-cancelled-after-pickup-total", "Orders cancelled in X3 after UPS picked them up",
                m::cancelAfterPickupTotal);
        plugin.gauge("unused-label-sweeps-total", "Unused-label sweeps run", m::sweepsTotal);
        plugin.gauge("subscription-calls-total", "Track Alert subscription calls", m::subscriptionCallsTotal);
        plugin.gauge("subscriptions-active", "Shipments with an active Track Alert subscription",
                () -> subscriptions.get()[0]);
        plugin.gauge("subscriptions-expiring", "Active subscriptions due for renewal", () -> subscriptions.get()[1]);
        plugin.gauge("pickups-booked-total", "Site pickups booked (on-call) or triggered (Smart) with UPS",
                m::pickupsBookedTotal);
        plugin.gauge("pickups-failed-total", "Site pickups UPS refused", m::pickupsFailedTotal);
        plugin.gauge("pickups-reconciled-total", "PENDING pickups found at UPS instead of booked again",
                m::pickupsReconciledTotal);
        plugin.gauge("pickups-cancelled-total", "Booked pickups cancelled because their packages were voided",
                m::pickupsCancelledTotal);
        plugin.gauge("ups-token-requests-total", "UPS token requests of this client id in this worker",
                tokenRequests);
        plugin.gauge("ledger-entries", "Ledger entries this task holds in memory", m::ledgerEntries);
        plugin.gauge("ledger-catch-up-time-ms", "Duration of the last full ledger catch-up (at start)",
                m::ledgerCatchUpMillis);
        plugin.gauge("orders-retired-total", "Orders retired from the ledger (tombstoned) by this task",
                m::ordersRetiredTotal);
    }
}
