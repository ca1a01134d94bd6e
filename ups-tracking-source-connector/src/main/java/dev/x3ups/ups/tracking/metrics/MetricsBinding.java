package dev.x3ups.ups.tracking.metrics;

import dev.x3ups.connect.metrics.TaskMetrics;
import dev.x3ups.records.TrackingSource;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Publishes the task's counters as task metrics: JMX {@code kafka.connect:type=plugins} tagged with
 * connector and task, on every supported worker (see {@link TaskMetrics}).
 */
public final class MetricsBinding {
    private MetricsBinding() {
    }

    public static void bind(TrackingMetrics m, Supplier<Integer> queueDepth, TaskMetrics plugin) {
        for (TrackingSource source : TrackingSource.values()) {
            String tag = source.name().toLowerCase(Locale.ROOT).replace('_', '-');
            plugin.gauge("events-received-" + tag + "-total", "Events received from " + source,
                    () -> m.receivedTotal(source));
            plugin.gauge("events-emitted-" + tag + "-total", "Events from " + source + " written to Kafka",
                    () -> m.emittedTotal(source));
        }
        plugin.gauge("duplicates-dropped-total", "Events dropped as the same scan again", m::duplicatesTotal);
        plugin.gauge("superseded-dropped-total", "Events dropped as older than the package's status",
                m::supersededTotal);
        plugin.gauge("auth-failures-total", "Webhook and token requests refused for credentials",
                m::authFailuresTotal);
        plugin.gauge("malformed-requests-total", "Webhook bodies that were not events", m::malformedTotal);
        plugin.gauge("queue-full-rejections-total", "Webhooks answered 503 because the queue was full",
                m::rejectedFullTotal);
        plugin.gauge("ack-timeouts-total", "Webhooks answered 503 because Kafka did not acknowledge in time",
                m::ackTimeoutsTotal);
        plugin.gauge("unknown-tracking-numbers-total", "Events written without an order key",
                m::unknownTrackingNumbersTotal);
        plugin.gauge("queue-depth", "Webhook events waiting for poll()", queueDepth);
        plugin.gauge("ack-latency-avg-ms", "Average webhook acknowledgement latency", m.ackLatency()::averageMillis);
        plugin.gauge("ack-latency-p99-ms", "99th percentile webhook acknowledgement latency",
                () -> m.ackLatency().percentileMillis(99));
        plugin.gauge("reconciliations-total", "Reconciliation passes run", m::reconciliationsTotal);
        plugin.gauge("track-calls-total", "Track API calls for stale shipments", m::trackCallsTotal);
        plugin.gauge("quantum-view-polls-total", "Quantum View polls", m::quantumViewPollsTotal);
        plugin.gauge("stale-shipments", "Live shipments with no event for the stale time", m::staleShipments);
    }
}
