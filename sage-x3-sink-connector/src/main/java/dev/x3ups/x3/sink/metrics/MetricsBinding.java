package dev.x3ups.x3.sink.metrics;

import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * Publishes {@link SinkMetrics} through Connect's per-task plugin metrics (KIP-877), so they show up
 * in JMX under the worker's {@code kafka.connect} domain tagged with connector and task.
 */
public final class MetricsBinding {

    private MetricsBinding() {
    }

    public static void bind(SinkMetrics metrics, PluginMetrics plugin) {
        if (plugin == null) {
            return;
        }
        gauge(plugin, "x3-writes-total", "Records written to X3 (one per coalesced order write)", metrics::writes);
        gauge(plugin, "x3-reads-total", "Orders read from X3 to learn what it holds", metrics::reads);
        gauge(plugin, "records-coalesced-total", "Records folded into another record's write", metrics::coalesced);
        gauge(plugin, "writes-skipped-unchanged-total", "Order writes skipped because X3 already held the state",
                metrics::skippedUnchanged);
        gauge(plugin, "records-failed-total", "Records reported as never applicable", metrics::failures);
        gauge(plugin, "batches-retried-total", "Batches handed back to Connect after transient X3 errors",
                metrics::retries);
        gauge(plugin, "write-latency-avg-ms", "Average X3 write latency including retries", metrics::writeLatencyAvgMillis);
        gauge(plugin, "write-latency-max-ms", "Longest X3 write latency including retries", metrics::writeLatencyMaxMillis);
    }

    private static <T> void gauge(PluginMetrics plugin, String name, String description, Supplier<T> value) {
        plugin.addMetric(plugin.metricName(name, description, new LinkedHashMap<>()),
                (Gauge<T>) (config, now) -> value.get());
    }
}
