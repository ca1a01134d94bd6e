package dev.x3ups.x3.sink.metrics;

import dev.x3ups.connect.metrics.TaskMetrics;

/**
 * Publishes {@link SinkMetrics} as task metrics: JMX {@code kafka.connect:type=plugins} tagged with
 * connector and task, on every supported worker (see {@link TaskMetrics}).
 */
public final class MetricsBinding {

    private MetricsBinding() {
    }

    public static void bind(SinkMetrics metrics, TaskMetrics plugin) {
        plugin.gauge("x3-writes-total", "Records written to X3 (one per coalesced order write)", metrics::writes);
        plugin.gauge("x3-reads-total", "Orders read from X3 to learn what it holds", metrics::reads);
        plugin.gauge("records-coalesced-total", "Records folded into another record's write", metrics::coalesced);
        plugin.gauge("writes-skipped-unchanged-total", "Order writes skipped because X3 already held the state",
                metrics::skippedUnchanged);
        plugin.gauge("records-failed-total", "Records reported as never applicable", metrics::failures);
        plugin.gauge("batches-retried-total", "Batches handed back to Connect after transient X3 errors",
                metrics::retries);
        plugin.gauge("events-not-milestone-total", "Carrier events that were no milestone (x3.milestones): they "
                + "wrote nothing by themselves and went with their order's next write", metrics::notMilestones);
        plugin.gauge("x3-create-conflicts-total", "Blind creates X3 refused because it already held the order's "
                + "record (then read and edited: 3 calls)", metrics::createConflicts);
        plugin.gauge("write-latency-avg-ms", "Average X3 write latency including retries", metrics::writeLatencyAvgMillis);
        plugin.gauge("write-latency-max-ms", "Longest X3 write latency including retries", metrics::writeLatencyMaxMillis);
    }
}
