package dev.x3ups.labels.printer.metrics;

import dev.x3ups.connect.metrics.TaskMetrics;
import java.util.Collection;
import java.util.Map;

/**
 * Publishes {@link PrinterMetrics} as task metrics (plugin metrics or JMX, see {@link TaskMetrics}), one set per
 * configured site tagged {@code site=<CODE>}.
 */
public final class MetricsBinding {

    private MetricsBinding() {
    }

    public static void bind(PrinterMetrics metrics, Collection<String> sites, TaskMetrics plugin) {
        for (String site : sites) {
            SiteCounters counters = metrics.site(site);
            Map<String, String> tags = Map.of("site", site);
            plugin.gauge("documents-printed-total", "Documents delivered to the site's printer", tags,
                    counters::documentsPrinted);
            plugin.gauge("bytes-printed-total", "Bytes delivered to the site's printer", tags, counters::bytesPrinted);
            plugin.gauge("print-failures-total", "Print attempts that failed and will be retried", tags,
                    counters::failures);
            plugin.gauge("documents-dead-lettered-total", "Documents the site's printer can never print", tags,
                    counters::documentsDeadLettered);
            plugin.gauge("documents-withdrawn-total", "Waiting documents withdrawn by a void", tags,
                    counters::documentsWithdrawn);
            plugin.gauge("backlog-documents", "Documents waiting for the site's printer", tags, counters::backlog);
        }
    }
}
