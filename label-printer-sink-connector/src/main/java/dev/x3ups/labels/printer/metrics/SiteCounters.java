package dev.x3ups.labels.printer.metrics;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** One site's printing counters; thread-safe, read by the registered plugin metrics. */
public final class SiteCounters {
    private final LongAdder printed = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder deadLettered = new LongAdder();
    private final LongAdder withdrawn = new LongAdder();
    private final AtomicLong backlog = new AtomicLong();

    public void printed(int documents, long size) {
        printed.add(documents);
        bytes.add(size);
    }

    /** A print attempt that failed (the documents stay queued). */
    public void failure() {
        failures.increment();
    }

    public void deadLettered() {
        deadLettered.increment();
    }

    public void withdrawn(int documents) {
        withdrawn.add(documents);
    }

    public void backlog(long documents) {
        backlog.set(documents);
    }

    public long documentsPrinted() {
        return printed.sum();
    }

    public long bytesPrinted() {
        return bytes.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public long documentsDeadLettered() {
        return deadLettered.sum();
    }

    public long documentsWithdrawn() {
        return withdrawn.sum();
    }

    public long backlog() {
        return backlog.get();
    }
}
