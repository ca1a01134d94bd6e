package dev.x3ups.ups.tracking.events;

import dev.x3ups.records.TrackingEvent;
import dev.x3ups.records.UpsStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The status each package reached, so events leave in GMT order and never move a package backwards. Decision
 * (docs/architecture.md, "Protocols"): an event older than the package's last emitted event, or of a lower rank, is dropped and
 * counted ({@link Verdict#SUPERSEDED}) rather than emitted flagged — consumers such as the X3 sink then never
 * see a regression. The scan itself is still in UPS's history (Track API) should anyone need it.
 * Bounded to {@code capacity} packages, least recently updated evicted first. Not thread-safe.
 */
public final class ShipmentProgress {
    private final LinkedHashMap<String, PackageStatus> packages;

    public ShipmentProgress(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.packages = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PackageStatus> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Seeds a package's status (from source offsets after a restart), keeping the further one. */
    public void seed(String trackingNumber, PackageStatus status) {
        packages.merge(trackingNumber, status, (a, b) -> b.activityTime().isAfter(a.activityTime()) ? b : a);
    }

    public Optional<PackageStatus> status(String trackingNumber) {
        return Optional.ofNullable(packages.get(trackingNumber));
    }

    /** Decides and, when accepted, moves the package to the event. */
    public Verdict advance(TrackingEvent event) {
        PackageStatus current = packages.get(event.trackingNumber());
        int rank = UpsStatus.progress(event.statusType());
        if (current == null) {
            packages.put(event.trackingNumber(), statusAfter(event, rank, 0));
            return Verdict.ACCEPTED;
        }
        if (event.activityTime().isBefore(current.activityTime())) {
            return Verdict.SUPERSEDED;
        }
        if (event.activityTime().equals(current.activityTime())
                && UpsStatus.family(event.statusType()).equals(UpsStatus.family(current.statusType()))) {
            return Verdict.DUPLICATE;
        }
        if (rank != UpsStatus.NEUTRAL && UpsStatus.familyProgress(event.statusType()) < familyOf(current.rank())) {
            return Verdict.SUPERSEDED;
        }
        packages.put(event.trackingNumber(), statusAfter(event, rank, current.rank()));
        return Verdict.ACCEPTED;
    }

    public int size() {
        return packages.size();
    }

    private static PackageStatus statusAfter(TrackingEvent event, int rank, int previousRank) {
        return new PackageStatus(event.activityTime(), event.statusType(), event.statusCode(),
                Math.max(rank, previousRank));
    }

    /** The family rank of a plain rank: P (2) and O (4) count as I (3). */
    private static int familyOf(int rank) {
        return rank == 2 || rank == 4 ? 3 : rank;
    }
}
