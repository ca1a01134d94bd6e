package dev.x3ups.ups.sink.metrics;

import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * Publishes the task's counters through Connect's plugin metrics (KIP-877): JMX under the worker's
 * {@code kafka.connect} domain, tagged with connector and task.
 */
public final class MetricsBinding {
    private MetricsBinding() {
    }

    /** {@code subscriptions} supplies [active, expiring]; {@code tokenRequests} the UPS token requests made. */
    public static void bind(SinkMetrics m, Supplier<long[]> subscriptions, Supplier<Long> tokenRequests,
                            PluginMetrics plugin) {
        if (plugin == null) {
            return;
        }
        gauge(plugin, "shipments-created-total", "Orders shipped with UPS", m::shippedTotal);
        gauge(plugin, "orders-failed-total", "Orders recorded FAILED", m::failedTotal);
        gauge(plugin, "orders-skipped-total", "Orders the ledger already had a final state for", m::skippedTotal);
        gauge(plugin, "orders-in-flight", "Orders being shipped now", m::inFlight);
        gauge(plugin, "ship-latency-avg-ms", "Average ship call latency, retries included", m::shipLatencyAvgMillis);
        gauge(plugin, "ship-latency-max-ms", "Longest ship call latency, retries included", m::shipLatencyMaxMillis);
        gauge(plugin, "ship-ambiguous-total", "Ship calls without a usable answer", m::ambiguousTotal);
        gauge(plugin, "shipments-reconciled-total", "Shipments found again by reference", m::reconciledTotal);
        gauge(plugin, "duplicates-voided-total", "Duplicate shipments voided", m::voidedDuplicatesTotal);
        gauge(plugin, "label-documents-written-total", "Label documents (and their voids) written to the labels topic",
                m::labelDocumentsTotal);
        gauge(plugin, "orders-changed-after-shipping-total", "Orders changed after they shipped",
                m::changedAfterShippingTotal);
        gauge(plugin, "subscription-calls-total", "Track Alert subscription calls", m::subscriptionCallsTotal);
        gauge(plugin, "subscriptions-active", "Shipments with an active Track Alert subscription",
                () -> subscriptions.get()[0]);
        gauge(plugin, "subscriptions-expiring", "Active subscriptions due for renewal", () -> subscriptions.get()[1]);
        gauge(plugin, "ups-token-requests-total", "UPS token requests of this client id in this worker",
                tokenRequests);
    }

    private static <T> void gauge(PluginMetrics plugin, String name, String description, Supplier<T> value) {
        plugin.addMetric(plugin.metricName(name, description, new LinkedHashMap<>()),
                (Gauge<T>) (config, now) -> value.get());
    }
}
