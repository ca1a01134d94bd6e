package dev.x3ups.labels.printer.spool;

import dev.x3ups.labels.printer.metrics.SiteCounters;
import dev.x3ups.labels.printer.print.Printer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One site's waiting documents, shipment by shipment in arrival order, and the retry state of its printer. A
 * shipment that fails to print stops the queue: nothing overtakes it, so labels come out in the order they were
 * made.
 */
final class SiteQueue {
    private static final Logger LOG = LoggerFactory.getLogger(SiteQueue.class);

    private final String site;
    private final Printer printer;
    private final Backoff backoff;
    private final SiteCounters counters;
    private final Deque<ShipmentJob> jobs = new ArrayDeque<>();
    private int failures;
    private long nextAttemptMillis;

    SiteQueue(String site, Printer printer, Backoff backoff, SiteCounters counters) {
        this.site = site;
        this.printer = printer;
        this.backoff = backoff;
        this.counters = counters;
    }

    void add(SpooledDocument document) {
        String shipment = document.document().shipmentKey();
        ShipmentJob job = jobs.stream().filter(j -> j.shipmentKey().equals(shipment)).findFirst().orElse(null);
        if (job == null) {
            job = new ShipmentJob(shipment);
            jobs.addLast(job);
        }
        job.add(document);
        counters.backlog(backlog());
    }

    int withdraw(String trackingNumber) {
        int removed = 0;
        for (Iterator<ShipmentJob> it = jobs.iterator(); it.hasNext(); ) {
            ShipmentJob job = it.next();
            removed += job.withdraw(trackingNumber);
            if (job.isEmpty()) {
                it.remove();
            }
        }
        counters.withdrawn(removed);
        counters.backlog(backlog());
        return removed;
    }

    /** Prints waiting shipments in order while the printer takes them, if a retry is due at {@code nowMillis}. */
    void deliver(long nowMillis) {
        if (jobs.isEmpty() || nowMillis < nextAttemptMillis) {
            return;
        }
        boolean wasFailing = failures > 0;
        int printed = 0;
        while (!jobs.isEmpty()) {
            ShipmentJob job = jobs.peekFirst();
            try {
                printer.print(job.labelDocuments());
            } catch (IOException | RuntimeException e) {
                failures++;
                counters.failure();
                long wait = backoff.millis(failures);
                nextAttemptMillis = nowMillis + wait;
                LOG.warn("Printer of site {} ({}) failed: {}; {} documents wait for it, next attempt in {} ms", site,
                        printer, e.toString(), backlog(), wait);
                break;
            }
            jobs.pollFirst();
            failures = 0;
            nextAttemptMillis = 0;
            printed += job.documents().size();
            counters.printed(job.documents().size(), job.bytes());
            counters.backlog(backlog());
        }
        if (wasFailing && printed > 0) {
            LOG.info("Printer of site {} ({}) is back: printed {} waiting documents, {} still waiting", site, printer,
                    printed, backlog());
        }
    }

    /** Millis until the next attempt is due, 0 if due now, -1 when nothing waits. */
    long dueInMillis(long nowMillis) {
        return jobs.isEmpty() ? -1 : Math.max(0, nextAttemptMillis - nowMillis);
    }

    int backlog() {
        return jobs.stream().mapToInt(j -> j.documents().size()).sum();
    }

    /** Lowers {@code oldest} to the offset of each partition's oldest waiting document. */
    void oldestWaiting(Map<TopicPartition, Long> oldest) {
        jobs.forEach(job -> job.documents().forEach(d -> oldest.merge(d.partition(), d.offset(), Math::min)));
    }

    /** Forgets the documents of partitions this task no longer owns (their new owner reads them again). */
    void drop(Collection<TopicPartition> partitions) {
        jobs.forEach(job -> job.documents().removeIf(d -> partitions.contains(d.partition())));
        jobs.removeIf(ShipmentJob::isEmpty);
        counters.backlog(backlog());
    }
}
