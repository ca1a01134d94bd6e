package dev.x3ups.ups.tracking.reconcile;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.UpsStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When we last heard about each package (an event from any channel, or a Track answer) and which packages are
 * final (delivered, returned): what reconciliation needs to find the stale ones. Thread-safe.
 */
public final class PackageWatch {
    private final Map<String, Instant> lastHeard = new ConcurrentHashMap<>();
    private final Set<String> finals = ConcurrentHashMap.newKeySet();
    private final Clock clock;

    public PackageWatch(Clock clock) {
        this.clock = clock;
    }

    /** An event arrived for the package, whatever became of it. */
    public void seen(TrackingEvent event) {
        lastHeard.put(event.trackingNumber(), clock.instant());
        if (UpsStatus.isTerminal(event.statusType())) {
            finals.add(event.trackingNumber());
        }
    }

    /** Track answered for the package: no need to ask again before it is stale again. */
    public void polled(String trackingNumber) {
        lastHeard.put(trackingNumber, clock.instant());
    }

    /** After a restart: what the offsets say (the task's own wall clock starts fresh). */
    public void seed(String trackingNumber, boolean isFinal) {
        lastHeard.putIfAbsent(trackingNumber, clock.instant());
        if (isFinal) {
            finals.add(trackingNumber);
        }
    }

    /** The package left the ledger (its order retired, or its shipment replaced): nothing to watch any more. */
    public void forget(String trackingNumber) {
        lastHeard.remove(trackingNumber);
        finals.remove(trackingNumber);
    }

    /** Packages watched, for tests. */
    int size() {
        return lastHeard.size();
    }

    public boolean isFinal(String trackingNumber) {
        return finals.contains(trackingNumber);
    }

    public Optional<Instant> lastHeard(String trackingNumber) {
        return Optional.ofNullable(lastHeard.get(trackingNumber));
    }
}
