package dev.x3ups.ups.tracking.metrics;

import dev.x3ups.records.TrackingSource;
import java.util.LinkedHashMap;
import java.util.Locale;
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

    public static void bind(TrackingMetrics m, Supplier<Integer> queueDepth, PluginMetrics plugin) {
        if (plugin == null) {
            return;
        }
        for (TrackingSource source : TrackingSource.values()) {
            String tag = source.name().toLowerCase(Locale.ROOT).replace('_', '-');
            gauge(plugin, "events-received-" + tag + "-total", "Events received from " + source,
                    () -> m.receivedTotal(source));
            gauge(plugin, "events-emitted-" + tag + "-total", "Events from " + source + " written to Kafka",
                    () -> m.emittedTotal(source));
        }
        gauge(plugin, "duplicates-dropped-total", "Events dropped as the same scan again", m::duplicatesTotal);
        gauge(plugin, "superseded-dropped-total", "Events dropped as older than the package's status",
                m::supersededTotal);
        gauge(plugin, "auth-failures-total", "Webhook and token requests refused for credentials",
                m::authFailuresTotal);
        gauge(plugin, "malformed-requests-total", "Webhook bodies that were not events", m::malformedTotal);
        gauge(plugin, "queue-full-rejections-total", "Webhooks answered 503 because the queue was full",
                m::rejectedFullTotal);
        gauge(plugin, "ack-timeouts-total", "Webhooks answered 503 because Kafka did not acknowledge in time",
                m::ackTimeoutsTotal);
        gauge(plugin, "unknown-tracking-numbers-total", "Events written without an order key",
                m::unknownTrackingNumbersTotal);
        gauge(plugin, "queue-depth", "Webhook events waiting for poll()", queueDepth);
        gauge(plugin, "ack-latency-avg-ms", "Average webhook acknowledgement latency", m.ackLatency()::averageMillis);
        gauge(plugin, "ack-latency-p99-ms", "99th percentile webhook acknowledgement latency",
                () -> m.ackLatency().percentileMillis(99));
        gauge(plugin, "reconciliations-total", "Reconciliation passes run", m::reconciliationsTotal);
        gauge(plugin, "track-calls-total", "Track API calls for stale shipments", m::trackCallsTotal);
        gauge(plugin, "quantum-view-polls-total", "Quantum View polls", m::quantumViewPollsTotal);
        gauge(plugin, "stale-shipments", "Live shipments with no event for the stale time", m::staleShipments);
    }

    private static <T> void gauge(PluginMetrics plugin, String name, String description, Supplier<T> value) {
        plugin.addMetric(plugin.metricName(name, description, new LinkedHashMap<>()),
                (Gauge<T>) (config, now) -> value.get());
    }
}
