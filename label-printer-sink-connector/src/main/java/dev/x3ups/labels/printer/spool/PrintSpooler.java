package dev.x3ups.labels.printer.spool;

import dev.x3ups.labels.printer.metrics.PrinterMetrics;
import dev.x3ups.labels.printer.print.Printer;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;

/**
 * Every site's queue of documents waiting for its printer. Documents are only forgotten once printed (or
 * withdrawn by a void), and {@link #committable(Map)} holds each partition's committed offset at its oldest
 * waiting document: a document never printed is read again after a restart, so none is ever skipped.
 */
public final class PrintSpooler {
    private final Map<String, SiteQueue> queues = new LinkedHashMap<>();

    public PrintSpooler(Map<String, Printer> printers, Duration backoff, Duration backoffMax, PrinterMetrics metrics) {
        Backoff wait = new Backoff(backoff, backoffMax);
        printers.forEach((site, printer) -> queues.put(site, new SiteQueue(site, printer, wait, metrics.site(site))));
    }

    public boolean knows(String site) {
        return queues.containsKey(site);
    }

    /** Queues a document for its site's printer ({@link #knows(String)} must hold). */
    public void add(SpooledDocument document) {
        queues.get(document.document().site()).add(document);
    }

    /** Withdraws every waiting document of a voided tracking number; returns how many were still waiting. */
    public int withdraw(String trackingNumber) {
        return queues.values().stream().mapToInt(q -> q.withdraw(trackingNumber)).sum();
    }

    /** Prints what each printer due for an attempt takes. */
    public void deliver(long nowMillis) {
        queues.values().forEach(q -> q.deliver(nowMillis));
    }

    public int backlog() {
        return queues.values().stream().mapToInt(SiteQueue::backlog).sum();
    }

    /** Millis until the earliest retry is due, or -1 when nothing waits. */
    public long dueInMillis(long nowMillis) {
        return queues.values().stream().mapToLong(q -> q.dueInMillis(nowMillis)).filter(d -> d >= 0).min().orElse(-1);
    }

    /** {@code current} with each partition held at its oldest waiting document. */
    public Map<TopicPartition, OffsetAndMetadata> committable(Map<TopicPartition, OffsetAndMetadata> current) {
        Map<TopicPartition, Long> oldest = new HashMap<>();
        queues.values().forEach(q -> q.oldestWaiting(oldest));
        Map<TopicPartition, OffsetAndMetadata> result = new HashMap<>(current);
        oldest.forEach((partition, offset) -> result.computeIfPresent(partition,
                (p, now) -> offset < now.offset() ? new OffsetAndMetadata(offset) : now));
        return result;
    }

    public void drop(Collection<TopicPartition> partitions) {
        queues.values().forEach(q -> q.drop(partitions));
    }
}
