package dev.x3ups.labels.printer.metrics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;

/**
 * Publishes {@link PrinterMetrics} through Connect's per-task plugin metrics (KIP-877, Kafka 4.1+), one set per
 * configured site tagged {@code site=<CODE>}. Only the task calls this, guarded, so older workers run the task
 * without these metrics.
 */
public final class MetricsBinding {

    private MetricsBinding() {
    }

    public static void bind(PrinterMetrics metrics, Collection<String> sites, PluginMetrics plugin) {
        if (plugin == null) {
            return;
        }
        for (String site : sites) {
            SiteCounters counters = metrics.site(site);
            Map<String, String> tags = new LinkedHashMap<>();
            tags.put("site", site);
            gauge(plugin, tags, "documents-printed-total", "Documents delivered to the site's printer",
                    counters::documentsPrinted);
            gauge(plugin, tags, "bytes-printed-total", "Bytes delivered to the site's printer", counters::bytesPrinted);
            gauge(plugin, tags, "print-failures-total", "Print attempts that failed and will be retried",
                    counters::failures);
            gauge(plugin, tags, "documents-dead-lettered-total", "Documents the site's printer can never print",
                    counters::documentsDeadLettered);
            gauge(plugin, tags, "documents-withdrawn-total", "Waiting documents withdrawn by a void",
                    counters::documentsWithdrawn);
            gauge(plugin, tags, "backlog-documents", "Documents waiting for the site's printer", counters::backlog);
        }
    }

    private static <T> void gauge(PluginMetrics plugin, Map<String, String> tags, String name, String description,
                                  Supplier<T> value) {
        plugin.addMetric(plugin.metricName(name, description, new LinkedHashMap<>(tags)),
                (Gauge<T>) (config, now) -> value.get());
    }
}
