package dev.x3ups.ups.tracking.metrics;

import dev.x3ups.records.TrackingSource;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The task's counters; thread-safe. Published by {@link MetricsBinding}. */
public final class TrackingMetrics {
    private final Map<TrackingSource, LongAdder> received = new EnumMap<>(TrackingSource.class);
    private final Map<TrackingSource, LongAdder> emitted = new EnumMap<>(TrackingSource.class);
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder superseded = new LongAdder();
    private final LongAdder authFailures = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder rejectedFull = new LongAdder();
    private final LongAdder ackTimeouts = new LongAdder();
    private final LongAdder unknownTrackingNumbers = new LongAdder();
    private final LongAdder reconciliations = new LongAdder();
    private final LongAdder trackCalls = new LongAdder();
    private final LongAdder quantumViewPolls = new LongAdder();
    private final AtomicLong staleShipments = new AtomicLong();
    private final AckLatency ackLatency = new AckLatency();

    public TrackingMetrics() {
        for (TrackingSource source : TrackingSource.values()) {
            received.put(source, new LongAdder());
            emitted.put(source, new LongAdder());
        }
    }

    public void received(TrackingSource source) {
        received.get(source).increment();
    }

    public void emitted(TrackingSource source) {
        emitted.get(source).increment();
    }

    public long receivedTotal(TrackingSource source) {
        return received.get(source).sum();
    }

    public long emittedTotal(TrackingSource source) {
        return emitted.get(source).sum();
    }

    public void duplicate() {
        duplicates.increment();
    }

    public long duplicatesTotal() {
        return duplicates.sum();
    }

    public void superseded() {
        superseded.increment();
    }

    public long supersededTotal() {
        return superseded.sum();
    }

    public void authFailure() {
        authFailures.increment();
    }

    public long authFailuresTotal() {
        return authFailures.sum();
    }

    public void malformed() {
        malformed.increment();
    }

    public long malformedTotal() {
        return malformed.sum();
    }

    public void rejectedFull() {
        rejectedFull.increment();
    }

    public long rejectedFullTotal() {
        return rejectedFull.sum();
    }

    public void ackTimeout() {
        ackTimeouts.increment();
    }

    public long ackTimeoutsTotal() {
        return ackTimeouts.sum();
    }

    public void unknownTrackingNumber() {
        unknownTrackingNumbers.increment();
    }

    public long unknownTrackingNumbersTotal() {
        return unknownTrackingNumbers.sum();
    }

    public void reconciliation() {
        reconciliations.increment();
    }

    public long reconciliationsTotal() {
        return reconciliations.sum();
    }

    public void trackCall() {
        trackCalls.increment();
    }

    public long trackCallsTotal() {
        return trackCalls.sum();
    }

    public void quantumViewPoll() {
        quantumViewPolls.increment();
    }

    public long quantumViewPollsTotal() {
        return quantumViewPolls.sum();
    }

    public void staleShipments(long count) {
        staleShipments.set(count);
    }

    public long staleShipments() {
        return staleShipments.get();
    }

    public AckLatency ackLatency() {
        return ackLatency;
    }
}
