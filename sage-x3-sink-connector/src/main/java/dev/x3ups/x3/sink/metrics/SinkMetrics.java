package dev.x3ups.x3.sink.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the X3 sink task; thread-safe, read by the registered plugin metrics. */
public final class SinkMetrics {

    private final LongAdder writes = new LongAdder();
    private final LongAdder reads = new LongAdder();
    private final LongAdder coalesced = new LongAdder();
    private final LongAdder skippedUnchanged = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder latencyTotalMillis = new LongAdder();
    private final AtomicLong latencyMaxMillis = new AtomicLong();
    private final LongAdder notMilestones = new LongAdder();
    private final LongAdder createConflicts = new LongAdder();

    public void write(Duration latency) {
        long millis = latency.toMillis();
        writes.increment();
        latencyTotalMillis.add(millis);
        latencyMaxMillis.accumulateAndGet(millis, Math::max);
    }

    public void read() {
        reads.increment();
    }

    public void coalesced(int records) {
        coalesced.add(records);
    }

    public void unchanged() {
        skippedUnchanged.increment();
    }

    /** Carrier events that were no milestone: they wait for their order's next write. */
    public void notMilestones(int events) {
        notMilestones.add(events);
    }

    /** A blind create that found X3 already holding the record (then read and edited). */
    public void createConflict() {
        createConflicts.increment();
    }

    public long notMilestones() {
        return notMilestones.sum();
    }

    public long createConflicts() {
        return createConflicts.sum();
    }

    /** A record reported as never applicable (DLQ or log). */
    public void failure() {
        failures.increment();
    }

    /** A batch handed back to Connect after transient errors. */
    public void retry() {
        retries.increment();
    }

    public long writes() {
        return writes.sum();
    }

    public long reads() {
        return reads.sum();
    }

    public long coalesced() {
        return coalesced.sum();
    }

    public long skippedUnchanged() {
        return skippedUnchanged.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public long retries() {
        return retries.sum();
    }

    public double writeLatencyAvgMillis() {
        long n = writes.sum();
        return n == 0 ? 0.0 : (double) latencyTotalMillis.sum() / n;
    }

    public long writeLatencyMaxMillis() {
        return latencyMaxMillis.get();
    }
}
